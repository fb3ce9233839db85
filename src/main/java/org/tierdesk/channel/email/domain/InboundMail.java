package org.tierdesk.channel.email.domain;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.tierdesk.platform.Texts;
import org.tierdesk.channel.email.InboundMailView;
import org.tierdesk.channel.email.IntakeOutcome;
import org.tierdesk.channel.email.MailSource;

/**
 * The record of one mail that reached the desk and what became of it; the raw source is
 * kept beside it in {@code inbound_mail_raw}.
 */
@Entity
@Table(name = "inbound_mail")
class InboundMail {

	@Id
	@GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "inbound_mail_seq")
	@SequenceGenerator(name = "inbound_mail_seq", sequenceName = "inbound_mail_seq", allocationSize = 50)
	private Long id;

	@Column(name = "received_at")
	private Instant receivedAt;

	private String source;

	@Column(name = "mailbox_id")
	private Long mailboxId;

	@Column(name = "support_address")
	private String supportAddress;

	@Column(name = "department_id")
	private Long departmentId;

	@Column(name = "tier_id")
	private Long tierId;

	@Column(name = "message_key")
	private String messageKey;

	@Column(name = "message_id")
	private String messageId;

	private String sender;

	private String subject;

	@Column(name = "size_bytes")
	private long size;

	@Enumerated(EnumType.STRING)
	private IntakeOutcome outcome;

	private String kind;

	private String reason;

	private String detail;

	@Column(name = "ticket_id")
	private Long ticketId;

	@Column(name = "ticket_number")
	private String ticketNumber;

	@Column(name = "ticket_message_id")
	private Long ticketMessageId;

	private int attempts;

	@Version
	private long version;

	protected InboundMail() {
	}

	InboundMail(MailSource source, String messageKey, String messageId, String sender, String subject, long size,
			Instant receivedAt) {
		this.source = source.name();
		this.mailboxId = source.mailboxId();
		this.supportAddress = Texts.cut(source.supportAddress(), 254);
		this.departmentId = source.departmentId();
		this.tierId = source.tierId();
		this.messageKey = messageKey;
		this.messageId = Texts.cut(messageId, 998);
		this.sender = Texts.cut(sender, 254);
		this.subject = Texts.cut(subject, 998);
		this.size = size;
		this.receivedAt = receivedAt;
		this.attempts = 1;
	}

	InboundMail outcome(IntakeOutcome outcome, String kind, String reason, String detail) {
		this.outcome = outcome;
		this.kind = kind;
		this.reason = Texts.cut(reason, 40);
		this.detail = Texts.cut(detail, 4000);
		return this;
	}

	/**
	 * A later state of a kept mail (re-processed, discarded); kind, reason and detail
	 * stay.
	 */
	InboundMail changeOutcome(IntakeOutcome outcome) {
		this.outcome = outcome;
		return this;
	}

	InboundMail ticket(Long ticketId, String ticketNumber, Long ticketMessageId) {
		this.ticketId = ticketId;
		this.ticketNumber = ticketNumber;
		this.ticketMessageId = ticketMessageId;
		return this;
	}

	InboundMail attempts(int attempts) {
		this.attempts = attempts;
		return this;
	}

	/** Whether a mail with this sender and subject is the one recorded here. */
	boolean sameMessage(String sender, String subject) {
		return java.util.Objects.equals(this.sender, Texts.cut(sender, 254))
				&& java.util.Objects.equals(this.subject, Texts.cut(subject, 998));
	}

	Long getId() {
		return this.id;
	}

	int getAttempts() {
		return this.attempts;
	}

	IntakeOutcome getOutcome() {
		return this.outcome;
	}

	MailSource source() {
		return new MailSource(this.source, this.mailboxId, this.supportAddress, this.departmentId, this.tierId);
	}

	InboundMailView toView() {
		return new InboundMailView(this.id, this.receivedAt, this.source, this.mailboxId, this.messageId, this.sender,
				this.subject, this.size, this.outcome, this.kind, this.reason, this.detail, this.ticketNumber,
				this.attempts);
	}

}
