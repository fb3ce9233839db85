package org.tierdesk.ticket;

import java.time.Instant;

/**
 * A ticket as screens and the API show it.
 */
public record TicketView(long id, String number, String subject, TicketStatus status, Priority priority,
		Channel channel, Ref tier, Ref department, Requester requester, Ref assignee, Instant createdAt,
		Instant updatedAt, SolutionView solution, EscalationView escalation, String accessToken, long version) {

	/**
	 * A reference to another module's aggregate with the name to show; {@code level} is
	 * set for tiers.
	 */
	public record Ref(long id, String name, int level) {
	}

	/** The person who asked. {@code userId} is set when they have a portal account. */
	public record Requester(String email, String name, Long userId) {
	}

	/** The solution documentation of a resolved ticket. */
	public record SolutionView(String solution, String cause, String resolvedBy, Instant resolvedAt) {
	}

	/** The latest hand-over between tiers, shown on top to the tier that received it. */
	public record EscalationView(String note, String by, Instant at, String fromTier, boolean sentBack) {
	}

}
