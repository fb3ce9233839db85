package org.tierdesk.ticket;

import java.time.Instant;

/**
 * One recorded change of a ticket: who, when, what.
 */
public record HistoryView(HistoryAction action, String actorName, String oldValue, String newValue, String note,
		Instant createdAt) {
}
