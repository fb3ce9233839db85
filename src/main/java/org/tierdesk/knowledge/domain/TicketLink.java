package org.tierdesk.knowledge.domain;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/**
 * An article linked to a ticket. When the ticket is resolved the link counts once as a
 * ticket the article solved.
 */
@Entity
@Table(name = "knowledge_article_ticket")
class TicketLink {

	@Id
	@GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "knowledge_article_ticket_seq")
	@SequenceGenerator(name = "knowledge_article_ticket_seq", sequenceName = "knowledge_article_ticket_seq",
			allocationSize = 50)
	private Long id;

	@Column(name = "article_id")
	private long articleId;

	@Column(name = "ticket_id")
	private long ticketId;

	@Column(name = "ticket_number")
	private String ticketNumber;

	@Column(name = "linked_by")
	private String linkedBy;

	@Column(name = "linked_at")
	private Instant linkedAt;

	private boolean solved;

	protected TicketLink() {
	}

	TicketLink(long articleId, long ticketId, String ticketNumber, String linkedBy, Instant linkedAt) {
		this.articleId = articleId;
		this.ticketId = ticketId;
		this.ticketNumber = ticketNumber;
		this.linkedBy = linkedBy;
		this.linkedAt = linkedAt;
	}

	/** Counts the ticket as solved with this article; false when it already was. */
	boolean markSolved() {
		if (this.solved) {
			return false;
		}
		this.solved = true;
		return true;
	}

	long getArticleId() {
		return this.articleId;
	}

	long getTicketId() {
		return this.ticketId;
	}

	String getLinkedBy() {
		return this.linkedBy;
	}

	Instant getLinkedAt() {
		return this.linkedAt;
	}

	boolean isSolved() {
		return this.solved;
	}

}
