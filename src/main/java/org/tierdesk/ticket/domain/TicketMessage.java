package org.tierdesk.ticket.domain;

import java.time.Instant;
import java.util.List;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.tierdesk.platform.Texts;
import org.tierdesk.ticket.Actor;
import org.tierdesk.ticket.AttachmentView;
import org.tierdesk.ticket.AuthorType;
import org.tierdesk.ticket.Channel;
import org.tierdesk.ticket.MailDetails;
import org.tierdesk.ticket.MailDetails.ThreadingReason;
import org.tierdesk.ticket.MessageView;

/**
 * One message of a ticket's conversation. Messages are only ever added, never changed.
 */
@Entity
@Table(name = "ticket_message")
class TicketMessage {

	@Id
	@GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "ticket_message_seq")
	@SequenceGenerator(name = "ticket_message_seq", sequenceName = "ticket_message_seq", allocationSize = 50)
	private Long id;

	@Column(name = "ticket_id")
	private long ticketId;

	@Enumerated(EnumType.STRING)
	@Column(name = "author_type")
	private AuthorType authorType;

	@Column(name = "author_id")
	private Long authorId;

	@Column(name = "author_name")
	private String authorName;

	@Column(name = "author_email")
	private String authorEmail;

	@JdbcTypeCode(SqlTypes.LONG32VARCHAR)
	private String body;

	private boolean internal;

	@Enumerated(EnumType.STRING)
	private Channel channel;

	@Column(name = "created_at")
	private Instant createdAt;

	@Column(name = "mail_message_id")
	private String mailMessageId;

	@Column(name = "mail_subject")
	private String mailSubject;

	@Column(name = "mail_to")
	private String mailTo;

	@Column(name = "mail_cc")
	private String mailCc;

	// no @Column here: with it Hibernate expects a short text type on MariaDB
	@JdbcTypeCode(SqlTypes.LONG32VARCHAR)
	private String bodyHtml;

	@Column(name = "quoted_from")
	private Integer quotedFrom;

	@Enumerated(EnumType.STRING)
	@Column(name = "threading_reason")
	private ThreadingReason threadingReason;

	@Column(name = "threading_detail")
	private String threadingDetail;

	protected TicketMessage() {
	}

	TicketMessage(long ticketId, Actor author, String body, boolean internal, Channel channel, Instant createdAt) {
		this.ticketId = ticketId;
		this.authorType = author.type();
		this.authorId = author.userId();
		this.authorName = author.name();
		this.authorEmail = author.email();
		this.body = body;
		this.internal = internal;
		this.channel = channel;
		this.createdAt = createdAt;
	}

	TicketMessage withMail(MailDetails mail) {
		if (mail != null) {
			this.mailMessageId = Texts.cut(mail.messageId(), 998);
			this.mailSubject = Texts.cut(mail.subject(), 998);
			this.mailTo = Texts.cut(String.join(", ", mail.to()), 4000);
			this.mailCc = Texts.cut(String.join(", ", mail.cc()), 4000);
			this.bodyHtml = mail.bodyHtml();
			this.quotedFrom = mail.quotedFrom();
			this.threadingReason = mail.threadingReason();
			this.threadingDetail = Texts.cut(mail.threadingDetail(), 1000);
		}
		return this;
	}

	private static List<String> addresses(String joined) {
		return (joined == null || joined.isBlank()) ? List.of() : List.of(joined.split(",\\s*"));
	}

	Long getId() {
		return this.id;
	}

	boolean isInternal() {
		return this.internal;
	}

	MessageView toView(List<AttachmentView> attachments) {
		MailDetails mail = (this.channel == Channel.EMAIL && this.threadingReason != null)
				? new MailDetails(this.mailMessageId, this.mailSubject, addresses(this.mailTo), addresses(this.mailCc),
						this.bodyHtml, this.quotedFrom, this.threadingReason, this.threadingDetail)
				: null;
		return new MessageView(this.id, this.authorType, this.authorName, this.authorEmail, this.body, this.internal,
				this.channel, this.createdAt, attachments, mail);
	}

}
