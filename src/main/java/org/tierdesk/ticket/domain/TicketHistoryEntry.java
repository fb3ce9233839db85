package org.tierdesk.ticket.domain;

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

import org.tierdesk.platform.Texts;
import org.tierdesk.ticket.Actor;
import org.tierdesk.ticket.HistoryAction;
import org.tierdesk.ticket.HistoryView;

/**
 * One recorded change of a ticket.
 */
@Entity
@Table(name = "ticket_history")
class TicketHistoryEntry {

	@Id
	@GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "ticket_history_seq")
	@SequenceGenerator(name = "ticket_history_seq", sequenceName = "ticket_history_seq", allocationSize = 50)
	private Long id;

	@Column(name = "ticket_id")
	private long ticketId;

	@Enumerated(EnumType.STRING)
	private HistoryAction action;

	@Column(name = "actor_id")
	private Long actorId;

	@Column(name = "actor_name")
	private String actorName;

	@Column(name = "old_value")
	private String oldValue;

	@Column(name = "new_value")
	private String newValue;

	private String note;

	@Column(name = "created_at")
	private Instant createdAt;

	protected TicketHistoryEntry() {
	}

	TicketHistoryEntry(long ticketId, HistoryAction action, Actor actor, String oldValue, String newValue, String note,
			Instant createdAt) {
		this.ticketId = ticketId;
		this.action = action;
		this.actorId = actor.userId();
		this.actorName = actor.name();
		this.oldValue = Texts.abbreviate(oldValue, 200);
		this.newValue = Texts.abbreviate(newValue, 200);
		this.note = Texts.abbreviate(note, 4000);
		this.createdAt = createdAt;
	}

	HistoryView toView() {
		return new HistoryView(this.action, this.actorName, this.oldValue, this.newValue, this.note, this.createdAt);
	}

}
