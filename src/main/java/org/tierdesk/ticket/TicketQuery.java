package org.tierdesk.ticket;

import java.util.Set;

/**
 * Filters for a queue or list of tickets. With no status given, only active tickets (new,
 * open, pending) are listed. Pages are bounded and never counted.
 */
public record TicketQuery(Set<TicketStatus> statuses, boolean allStatuses, Long tierId, Long departmentId,
		Long assigneeId, boolean unassigned, Priority priority, String text, String requesterEmail,
		Long requesterUserId, boolean newestFirst, int page, int size) {

	public static final int MAX_SIZE = 100;

	public static final int MAX_PAGE = 10_000;

	public TicketQuery {
		statuses = (statuses != null) ? Set.copyOf(statuses) : Set.of();
		size = Math.max(1, Math.min(size, MAX_SIZE));
		page = Math.max(0, Math.min(page, MAX_PAGE));
		text = (text != null && !text.isBlank()) ? text.strip() : null;
	}

	public static TicketQuery activeAtTier(long tierId, int page, int size) {
		return new TicketQuery(Set.of(), false, tierId, null, null, false, null, null, null, null, false, page, size);
	}

	public static TicketQuery ofRequester(long userId, int page, int size) {
		return new TicketQuery(Set.of(), true, null, null, null, false, null, null, null, userId, true, page, size);
	}

}
