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
import org.tierdesk.ticket.Actor;
import org.tierdesk.ticket.AttachmentView;
import org.tierdesk.ticket.AuthorType;
import org.tierdesk.ticket.Channel;
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

	Long getId() {
		return this.id;
	}

	boolean isInternal() {
		return this.internal;
	}

	MessageView toView(List<AttachmentView> attachments) {
		return new MessageView(this.id, this.authorType, this.authorName, this.authorEmail, this.body, this.internal,
				this.channel, this.createdAt, attachments);
	}

}
