package org.tierdesk.channel.email.outbound.domain;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.tierdesk.platform.Texts;
import org.tierdesk.channel.email.outbound.OutboundMailKind;
import org.tierdesk.channel.email.outbound.OutboundMailStatus;
import org.tierdesk.channel.email.outbound.OutboundMailView;

/**
 * One mail the desk sends, from the moment a ticket event asks for it until it is sent or
 * given up. The content is fixed when the row is written; sending only adds the outcome.
 */
@Entity
@Table(name = "outbound_mail")
class OutboundMail {

	static final int ERROR_MAX = 2000;

	static final int RECIPIENTS_MAX = 4000;

	@Id
	@GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "outbound_mail_seq")
	@SequenceGenerator(name = "outbound_mail_seq", sequenceName = "outbound_mail_seq", allocationSize = 50)
	private Long id;

	@Enumerated(EnumType.STRING)
	private OutboundMailKind kind;

	@Column(name = "event_key")
	private String eventKey;

	@Column(name = "ticket_id")
	private long ticketId;

	@Column(name = "ticket_number")
	private String ticketNumber;

	@Column(name = "ticket_message_id")
	private Long ticketMessageId;

	@Column(name = "mail_from")
	private String from;

	@Column(name = "mail_to")
	private String to;

	@Column(name = "mail_cc")
	private String cc;

	@Column(name = "skipped_recipients")
	private String skippedRecipients;

	private String subject;

	// no @Column on the long texts: with a length Hibernate expects a short text type on
	// MariaDB (the names map to body_text and body_html all the same)
	@JdbcTypeCode(SqlTypes.LONG32VARCHAR)
	private String bodyText;

	@JdbcTypeCode(SqlTypes.LONG32VARCHAR)
	private String bodyHtml;

	@Column(name = "message_id")
	private String messageId;

	@Column(name = "in_reply_to")
	private String inReplyTo;

	@Column(name = "mail_references")
	private String references;

	@Column(name = "auto_submitted")
	private String autoSubmitted;

	private String language;

	@Enumerated(EnumType.STRING)
	private OutboundMailStatus status;

	private int attempts;

	@Column(name = "next_attempt_at")
	private Instant nextAttemptAt;

	@Column(name = "claimed_by")
	private String claimedBy;

	@Column(name = "claimed_until")
	private Instant claimedUntil;

	@Column(name = "last_error")
	private String lastError;

	@Column(name = "created_at")
	private Instant createdAt;

	@Column(name = "sent_at")
	private Instant sentAt;

	@ElementCollection
	@CollectionTable(name = "outbound_mail_attachment", joinColumns = @JoinColumn(name = "outbound_mail_id"))
	@OrderColumn(name = "position")
	@Column(name = "attachment_id")
	private List<Long> attachmentIds = new ArrayList<>();

	@Version
	private long version;

	protected OutboundMail() {
	}

	OutboundMail(ComposedMail mail, String eventKey, Instant now) {
		this.kind = mail.kind();
		this.eventKey = eventKey;
		this.ticketId = mail.ticketId();
		this.ticketNumber = mail.ticketNumber();
		this.ticketMessageId = mail.ticketMessageId();
		this.from = mail.from();
		this.to = mail.to();
		this.cc = mail.cc();
		this.skippedRecipients = Texts.abbreviate(mail.skippedRecipients(), RECIPIENTS_MAX);
		this.subject = mail.subject();
		this.bodyText = mail.bodyText();
		this.bodyHtml = mail.bodyHtml();
		this.messageId = mail.messageId();
		this.inReplyTo = mail.inReplyTo();
		this.references = mail.references();
		this.autoSubmitted = mail.kind().automatic() ? "auto-replied" : null;
		this.language = mail.language();
		this.attachmentIds = new ArrayList<>(mail.attachmentIds());
		this.status = OutboundMailStatus.PENDING;
		this.nextAttemptAt = now;
		this.createdAt = now;
	}

	/**
	 * Not to be sent at all (the recipient is known to fail): kept as failed, with why.
	 */
	void refuse(String reason) {
		requirePending("refuse");
		this.status = OutboundMailStatus.FAILED;
		this.lastError = Texts.abbreviate(reason, ERROR_MAX);
		release();
	}

	/** The SMTP server took it. */
	void sent(Instant now, String rejectedRecipients) {
		requirePending("mark as sent");
		this.attempts++;
		this.status = OutboundMailStatus.SENT;
		this.sentAt = now;
		this.lastError = null;
		if (rejectedRecipients != null) {
			this.skippedRecipients = Texts.abbreviate((this.skippedRecipients != null)
					? this.skippedRecipients + "; " + rejectedRecipients : rejectedRecipients, RECIPIENTS_MAX);
		}
		release();
	}

	/** An attempt failed; try again at {@code nextAttempt}. */
	void attemptFailed(String error, Instant nextAttempt) {
		requirePending("record a failed attempt");
		this.attempts++;
		this.lastError = Texts.abbreviate(error, ERROR_MAX);
		this.nextAttemptAt = nextAttempt;
		release();
	}

	/** The last attempt failed, or the server refused the mail for good. */
	void failed(String error) {
		requirePending("mark as failed");
		this.attempts++;
		this.status = OutboundMailStatus.FAILED;
		this.lastError = Texts.abbreviate(error, ERROR_MAX);
		release();
	}

	/** An admin wants a failed mail sent again: a fresh series of attempts from now. */
	void retry(Instant now) {
		if (this.status != OutboundMailStatus.FAILED) {
			throw new IllegalStateException("Only a failed mail can be retried; this one is " + this.status);
		}
		this.status = OutboundMailStatus.PENDING;
		this.attempts = 0;
		this.nextAttemptAt = now;
		release();
	}

	boolean isClaimedBy(String node) {
		return node.equals(this.claimedBy);
	}

	private void release() {
		this.claimedBy = null;
		this.claimedUntil = null;
	}

	private void requirePending(String action) {
		if (this.status != OutboundMailStatus.PENDING) {
			throw new IllegalStateException("Cannot " + action + " mail " + this.id + ": it is " + this.status);
		}
	}

	OutboundMailView toView() {
		return new OutboundMailView(this.id, this.kind, this.status, this.ticketId, this.ticketNumber, this.from,
				Addresses.split(this.to), Addresses.split(this.cc), this.skippedRecipients, this.subject,
				this.messageId, this.inReplyTo, this.language, this.attempts,
				(this.status == OutboundMailStatus.PENDING) ? this.nextAttemptAt : null, this.lastError, this.createdAt,
				this.sentAt);
	}

	Long getId() {
		return this.id;
	}

	OutboundMailKind getKind() {
		return this.kind;
	}

	long getTicketId() {
		return this.ticketId;
	}

	String getTicketNumber() {
		return this.ticketNumber;
	}

	String getFrom() {
		return this.from;
	}

	String getTo() {
		return this.to;
	}

	String getCc() {
		return this.cc;
	}

	String getSubject() {
		return this.subject;
	}

	String getBodyText() {
		return this.bodyText;
	}

	String getBodyHtml() {
		return this.bodyHtml;
	}

	String getMessageId() {
		return this.messageId;
	}

	String getInReplyTo() {
		return this.inReplyTo;
	}

	String getReferences() {
		return this.references;
	}

	String getAutoSubmitted() {
		return this.autoSubmitted;
	}

	String getLanguage() {
		return this.language;
	}

	OutboundMailStatus getStatus() {
		return this.status;
	}

	int getAttempts() {
		return this.attempts;
	}

	Instant getNextAttemptAt() {
		return this.nextAttemptAt;
	}

	String getLastError() {
		return this.lastError;
	}

	List<Long> getAttachmentIds() {
		return List.copyOf(this.attachmentIds);
	}

}
