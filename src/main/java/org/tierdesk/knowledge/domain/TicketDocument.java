package org.tierdesk.knowledge.domain;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.search.engine.backend.types.Highlightable;
import org.hibernate.search.engine.backend.types.Projectable;
import org.hibernate.search.engine.backend.types.Sortable;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.FullTextField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.GenericField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.Indexed;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.KeywordField;
import org.hibernate.type.SqlTypes;
import org.tierdesk.ticket.MessageView;
import org.tierdesk.ticket.TicketView;

/**
 * The searchable copy of a ticket, kept by this module from the ticket events (the ticket
 * module knows nothing of search): number, subject, conversation, requester and the
 * solution documentation once resolved.
 */
@Entity
@Table(name = "knowledge_ticket_doc")
@Indexed(index = "ticket")
class TicketDocument {

	/**
	 * Longest conversation text kept for search; the rest of a huge thread is left out.
	 */
	static final int MAX_MESSAGES_LENGTH = 200_000;

	@Id
	@Column(name = "ticket_id")
	private Long ticketId;

	@KeywordField(normalizer = "lowercase", projectable = Projectable.YES)
	private String number;

	@FullTextField(analyzer = "text", projectable = Projectable.YES,
			highlightable = { Highlightable.PLAIN, Highlightable.UNIFIED })
	private String subject;

	@JdbcTypeCode(SqlTypes.LONG32VARCHAR)
	@FullTextField(analyzer = "text", projectable = Projectable.YES,
			highlightable = { Highlightable.PLAIN, Highlightable.UNIFIED })
	private String messages;

	@Column(name = "requester_name")
	@FullTextField(analyzer = "text")
	private String requesterName;

	@Column(name = "requester_email")
	@KeywordField(normalizer = "lowercase")
	private String requesterEmail;

	@Column(name = "requester_user_id")
	@GenericField
	private Long requesterUserId;

	@KeywordField(projectable = Projectable.YES)
	private String status;

	@Column(name = "tier_id")
	@GenericField
	private Long tierId;

	@Column(name = "department_id")
	@GenericField
	private Long departmentId;

	@JdbcTypeCode(SqlTypes.LONG32VARCHAR)
	@FullTextField(analyzer = "text", projectable = Projectable.YES,
			highlightable = { Highlightable.PLAIN, Highlightable.UNIFIED })
	private String solution;

	@JdbcTypeCode(SqlTypes.LONG32VARCHAR)
	@FullTextField(analyzer = "text", projectable = Projectable.YES,
			highlightable = { Highlightable.PLAIN, Highlightable.UNIFIED })
	private String cause;

	@Column(name = "resolved_at")
	@GenericField(sortable = Sortable.YES, projectable = Projectable.YES)
	private Instant resolvedAt;

	@Column(name = "created_at")
	private Instant createdAt;

	@Column(name = "updated_at")
	@GenericField(sortable = Sortable.YES, projectable = Projectable.YES)
	private Instant updatedAt;

	protected TicketDocument() {
	}

	TicketDocument(long ticketId) {
		this.ticketId = ticketId;
	}

	/**
	 * Takes over the current state of the ticket and its conversation (notes included).
	 */
	void copy(TicketView ticket, Iterable<MessageView> conversation) {
		this.number = ticket.number();
		this.subject = ticket.subject();
		this.requesterName = ticket.requester().name();
		this.requesterEmail = ticket.requester().email();
		this.requesterUserId = ticket.requester().userId();
		this.status = ticket.status().name();
		this.tierId = (ticket.tier() != null) ? ticket.tier().id() : null;
		this.departmentId = (ticket.department() != null) ? ticket.department().id() : null;
		this.solution = (ticket.solution() != null) ? ticket.solution().solution() : null;
		this.cause = (ticket.solution() != null) ? ticket.solution().cause() : null;
		this.resolvedAt = (ticket.solution() != null) ? ticket.solution().resolvedAt() : null;
		this.createdAt = ticket.createdAt();
		this.updatedAt = ticket.updatedAt();
		StringBuilder text = new StringBuilder();
		for (MessageView message : conversation) {
			if (text.length() + message.body().length() > MAX_MESSAGES_LENGTH) {
				break;
			}
			text.append(message.body()).append("\n\n");
		}
		this.messages = text.toString();
	}

	Long getTicketId() {
		return this.ticketId;
	}

	String getNumber() {
		return this.number;
	}

	String getSubject() {
		return this.subject;
	}

	String getMessages() {
		return this.messages;
	}

	String getStatus() {
		return this.status;
	}

	String getSolution() {
		return this.solution;
	}

	String getCause() {
		return this.cause;
	}

	Instant getResolvedAt() {
		return this.resolvedAt;
	}

	Instant getUpdatedAt() {
		return this.updatedAt;
	}

}
