package org.tierdesk.ticket;

import java.time.Instant;

/**
 * A documented solution found by its words, with the ticket it solved.
 */
public record SolutionHit(String number, String subject, String solution, String cause, String resolvedBy,
		Instant resolvedAt, String tierName, TicketStatus status) {
}
