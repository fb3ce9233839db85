package org.tierdesk.ticket.domain;

import java.time.Duration;
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

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.data.domain.AbstractAggregateRoot;
import org.tierdesk.platform.ConflictException;
import org.tierdesk.ticket.Actor;
import org.tierdesk.ticket.AuthorType;
import org.tierdesk.ticket.Channel;
import org.tierdesk.ticket.Priority;
import org.tierdesk.ticket.TicketClosed;
import org.tierdesk.ticket.TicketEscalated;
import org.tierdesk.ticket.TicketOpened;
import org.tierdesk.ticket.TicketReopened;
import org.tierdesk.ticket.TicketReplied;
import org.tierdesk.ticket.TicketResolved;
import org.tierdesk.ticket.TicketSentBack;
import org.tierdesk.ticket.TicketStatus;

/**
 * The ticket aggregate. Every change of state goes through a guarded method that checks
 * the current status and registers an event; there is no public way to set a status.
 */
@Entity
@Table(name = "ticket")
class Ticket extends AbstractAggregateRoot<Ticket> {

	@Id
	@GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "ticket_seq")
	@SequenceGenerator(name = "ticket_seq", sequenceName = "ticket_seq", allocationSize = 50)
	private Long id;

	private String number;

	private String subject;

	@Enumerated(EnumType.STRING)
	private TicketStatus status;

	private boolean active;

	@Enumerated(EnumType.STRING)
	private Priority priority;

	@Enumerated(EnumType.STRING)
	private Channel channel;

	@Column(name = "tier_id")
	private long tierId;

	@Column(name = "department_id")
	private long departmentId;

	@Column(name = "assignee_id")
	private Long assigneeId;

	@Column(name = "requester_email")
	private String requesterEmail;

	@Column(name = "requester_name")
	private String requesterName;

	@Column(name = "requester_user_id")
	private Long requesterUserId;

	@Column(name = "access_token")
	private String accessToken;

	@Column(name = "escalation_note")
	private String escalationNote;

	@Column(name = "escalation_by")
	private String escalationBy;

	@Column(name = "escalation_at")
	private Instant escalationAt;

	@Column(name = "escalation_from_tier_id")
	private Long escalationFromTierId;

	@JdbcTypeCode(SqlTypes.LONG32VARCHAR)
	private String solution;

	@JdbcTypeCode(SqlTypes.LONG32VARCHAR)
	private String cause;

	@Column(name = "resolved_by")
	private String resolvedBy;

	@Column(name = "resolved_at")
	private Instant resolvedAt;

	@Column(name = "resolved_tier_id")
	private Long resolvedTierId;

	@Column(name = "closed_at")
	private Instant closedAt;

	@Column(name = "created_at")
	private Instant createdAt;

	@Column(name = "updated_at")
	private Instant updatedAt;

	@Version
	private long version;

	protected Ticket() {
	}

	Ticket(String number, String subject, String requesterEmail, String requesterName, Long requesterUserId,
			Channel channel, Priority priority, long tierId, long departmentId, String accessToken, Instant now) {
		this.number = number;
		this.subject = subject;
		this.requesterEmail = requesterEmail;
		this.requesterName = requesterName;
		this.requesterUserId = requesterUserId;
		this.channel = channel;
		this.priority = priority;
		this.tierId = tierId;
		this.departmentId = departmentId;
		this.accessToken = accessToken;
		this.createdAt = now;
		changeStatus(TicketStatus.NEW, now);
	}

	/** Registers the opening event once the ticket has its id. */
	void opened() {
		registerEvent(new TicketOpened(this.id, this.number, this.tierId, this.departmentId, this.requesterEmail,
				this.channel));
	}

	/** Registers that an agent changed the ticket's settings directly. */
	void updated() {
		registerEvent(new org.tierdesk.ticket.TicketUpdated(this.id, this.number));
	}

	void replied(long messageId, AuthorType authorType, boolean internal) {
		registerEvent(new TicketReplied(this.id, this.number, messageId, authorType, internal));
	}

	/** An agent answered publicly: the ticket is being worked on. */
	void agentReplied(Instant now) {
		requireNotClosed();
		if (this.status == TicketStatus.NEW || this.status == TicketStatus.PENDING) {
			changeStatus(TicketStatus.OPEN, now);
		}
		touch(now);
	}

	/** An internal note changes nothing but the time of the last update. */
	void noteAdded(Instant now) {
		requireNotClosed();
		touch(now);
	}

	/**
	 * The customer wrote again. A pending ticket opens; a resolved one reopens at the
	 * tier that resolved it while within the reopen period; after it (or once closed) the
	 * customer must open a new request.
	 * @return whether the ticket was reopened
	 */
	boolean customerReplied(Instant now, Duration reopenPeriod) {
		if (!acceptsCustomerReply(now, reopenPeriod)) {
			throw new ConflictException("ticket.closed.noReply", "Ticket {0} is closed. Please open a new request.",
					this.number);
		}
		if (this.status == TicketStatus.RESOLVED) {
			if (this.resolvedTierId != null) {
				this.tierId = this.resolvedTierId;
			}
			this.assigneeId = null;
			changeStatus(TicketStatus.OPEN, now);
			registerEvent(new TicketReopened(this.id, this.number, this.tierId));
			return true;
		}
		if (this.status == TicketStatus.PENDING) {
			changeStatus(TicketStatus.OPEN, now);
		}
		touch(now);
		return false;
	}

	/**
	 * Whether a customer may still write to this ticket: not closed, within the reopen
	 * period.
	 */
	boolean acceptsCustomerReply(Instant now, Duration reopenPeriod) {
		return !(this.status == TicketStatus.CLOSED || (this.status == TicketStatus.RESOLVED && this.resolvedAt != null
				&& this.resolvedAt.plus(reopenPeriod).isBefore(now)));
	}

	void escalate(long nextTierId, String note, Actor actor, Instant now) {
		requireActive("escalate");
		long from = this.tierId;
		handOver(nextTierId, note, actor, now);
		registerEvent(new TicketEscalated(this.id, this.number, from, nextTierId, note));
	}

	void sendBack(long previousTierId, String note, Actor actor, Instant now) {
		requireActive("sendBack");
		long from = this.tierId;
		handOver(previousTierId, note, actor, now);
		registerEvent(new TicketSentBack(this.id, this.number, from, previousTierId, note));
	}

	private void handOver(long toTierId, String note, Actor actor, Instant now) {
		this.escalationFromTierId = this.tierId;
		this.escalationNote = note;
		this.escalationBy = actor.name();
		this.escalationAt = now;
		this.tierId = toTierId;
		this.assigneeId = null;
		if (this.status == TicketStatus.PENDING) {
			changeStatus(TicketStatus.OPEN, now);
		}
		touch(now);
	}

	void resolve(String solution, String cause, Actor actor, Instant now) {
		requireActive("resolve");
		this.solution = solution;
		this.cause = cause;
		this.resolvedBy = actor.name();
		this.resolvedAt = now;
		this.resolvedTierId = this.tierId;
		changeStatus(TicketStatus.RESOLVED, now);
		registerEvent(new TicketResolved(this.id, this.number, this.tierId, solution, cause));
	}

	void close(Instant now) {
		if (this.status != TicketStatus.RESOLVED) {
			throw invalidTransition("close");
		}
		this.closedAt = now;
		changeStatus(TicketStatus.CLOSED, now);
		registerEvent(new TicketClosed(this.id, this.number));
	}

	void changePriority(Priority priority, Instant now) {
		requireNotClosed();
		this.priority = priority;
		touch(now);
	}

	void assignTo(Long assigneeId, Instant now) {
		requireNotClosed();
		this.assigneeId = assigneeId;
		if (assigneeId != null && this.status == TicketStatus.NEW) {
			changeStatus(TicketStatus.OPEN, now);
		}
		touch(now);
	}

	void moveToDepartment(long departmentId, Instant now) {
		requireNotClosed();
		this.departmentId = departmentId;
		touch(now);
	}

	/** Agents switch between open (working) and pending (waiting for the customer). */
	/**
	 * Its custom-field values changed: that is a change of the ticket (version, time).
	 */
	void fieldsChanged(Instant now) {
		requireNotClosed();
		touch(now);
	}

	void markWaiting(boolean waiting, Instant now) {
		requireActive(waiting ? "pending" : "open");
		changeStatus(waiting ? TicketStatus.PENDING : TicketStatus.OPEN, now);
	}

	private void requireActive(String transition) {
		if (!this.status.isActive()) {
			throw invalidTransition(transition);
		}
	}

	private void requireNotClosed() {
		if (this.status == TicketStatus.CLOSED) {
			throw new ConflictException("ticket.closed.readOnly", "Ticket {0} is closed and cannot be changed.",
					this.number);
		}
	}

	private ConflictException invalidTransition(String transition) {
		return new ConflictException("ticket.transition." + transition,
				"Ticket {0} is {1}: this action is not possible now.", this.number, new DefaultMessageSourceResolvable(
						new String[] { "status." + this.status.apiName() }, this.status.apiName()));
	}

	private void changeStatus(TicketStatus status, Instant now) {
		this.status = status;
		this.active = status.isActive();
		touch(now);
	}

	private void touch(Instant now) {
		this.updatedAt = now;
	}

	/** The events registered and not yet published (for tests). */
	java.util.List<Object> pendingEvents() {
		return java.util.List.copyOf(domainEvents());
	}

	Long getId() {
		return this.id;
	}

	String getNumber() {
		return this.number;
	}

	String getSubject() {
		return this.subject;
	}

	TicketStatus getStatus() {
		return this.status;
	}

	Priority getPriority() {
		return this.priority;
	}

	Channel getChannel() {
		return this.channel;
	}

	long getTierId() {
		return this.tierId;
	}

	long getDepartmentId() {
		return this.departmentId;
	}

	Long getAssigneeId() {
		return this.assigneeId;
	}

	String getRequesterEmail() {
		return this.requesterEmail;
	}

	String getRequesterName() {
		return this.requesterName;
	}

	Long getRequesterUserId() {
		return this.requesterUserId;
	}

	String getAccessToken() {
		return this.accessToken;
	}

	String getEscalationNote() {
		return this.escalationNote;
	}

	String getEscalationBy() {
		return this.escalationBy;
	}

	Instant getEscalationAt() {
		return this.escalationAt;
	}

	Long getEscalationFromTierId() {
		return this.escalationFromTierId;
	}

	String getSolution() {
		return this.solution;
	}

	String getCause() {
		return this.cause;
	}

	String getResolvedBy() {
		return this.resolvedBy;
	}

	Instant getResolvedAt() {
		return this.resolvedAt;
	}

	Instant getCreatedAt() {
		return this.createdAt;
	}

	Instant getUpdatedAt() {
		return this.updatedAt;
	}

	long getVersion() {
		return this.version;
	}

}
