package org.tierdesk.ticket;

import java.util.List;
import java.util.Set;

/**
 * Filters for a queue or list of tickets. With no status given, only active tickets (new,
 * open, pending) are listed. Pages are bounded and never counted. {@code fieldFilters}
 * keep tickets whose custom field matches (all must); {@code fieldSort} orders by a
 * custom field first (tickets without a value last), then by age. {@code scope} keeps
 * only the tickets of the departments the reader may see (null: no limit, for the desk's
 * own use and customers' own tickets).
 */
public record TicketQuery(Set<TicketStatus> statuses, boolean allStatuses, Long tierId, Long departmentId,
		Long assigneeId, boolean unassigned, Priority priority, String text, String requesterEmail,
		Long requesterUserId, boolean newestFirst, int page, int size, List<FieldFilter> fieldFilters,
		FieldSort fieldSort, TicketScope scope) {

	public TicketQuery(Set<TicketStatus> statuses, boolean allStatuses, Long tierId, Long departmentId, Long assigneeId,
			boolean unassigned, Priority priority, String text, String requesterEmail, Long requesterUserId,
			boolean newestFirst, int page, int size, List<FieldFilter> fieldFilters, FieldSort fieldSort) {
		this(statuses, allStatuses, tierId, departmentId, assigneeId, unassigned, priority, text, requesterEmail,
				requesterUserId, newestFirst, page, size, fieldFilters, fieldSort, null);
	}

	/** Most custom-field filters in one query. */
	public static final int MAX_FIELD_FILTERS = 10;

	public TicketQuery(Set<TicketStatus> statuses, boolean allStatuses, Long tierId, Long departmentId, Long assigneeId,
			boolean unassigned, Priority priority, String text, String requesterEmail, Long requesterUserId,
			boolean newestFirst, int page, int size) {
		this(statuses, allStatuses, tierId, departmentId, assigneeId, unassigned, priority, text, requesterEmail,
				requesterUserId, newestFirst, page, size, null, null);
	}

	/** The same query filtered and sorted by custom fields. */
	public TicketQuery withFields(List<FieldFilter> filters, FieldSort sort) {
		return new TicketQuery(this.statuses, this.allStatuses, this.tierId, this.departmentId, this.assigneeId,
				this.unassigned, this.priority, this.text, this.requesterEmail, this.requesterUserId, this.newestFirst,
				this.page, this.size, filters, sort, this.scope);
	}

	/** The same query limited to the tickets of the departments in this scope. */
	public TicketQuery within(TicketScope scope) {
		return new TicketQuery(this.statuses, this.allStatuses, this.tierId, this.departmentId, this.assigneeId,
				this.unassigned, this.priority, this.text, this.requesterEmail, this.requesterUserId, this.newestFirst,
				this.page, this.size, this.fieldFilters, this.fieldSort, scope);
	}

	/** The same query at another page and size. */
	public TicketQuery at(int page, int size) {
		return new TicketQuery(this.statuses, this.allStatuses, this.tierId, this.departmentId, this.assigneeId,
				this.unassigned, this.priority, this.text, this.requesterEmail, this.requesterUserId, this.newestFirst,
				page, size, this.fieldFilters, this.fieldSort, this.scope);
	}

	/**
	 * A custom-field filter: the value as typed (a range {@code from..to} for numbers and
	 * dates, either end may be left out; an option key for choices; {@code true} or
	 * {@code false} for a checkbox; an agent's user name or id).
	 */
	public record FieldFilter(String key, String value) {
	}

	/** Order by a custom field, ascending unless {@code descending}. */
	public record FieldSort(String key, boolean descending) {
	}

	public static final int MAX_SIZE = 100;

	public static final int MAX_PAGE = 10_000;

	public TicketQuery {
		statuses = (statuses != null) ? Set.copyOf(statuses) : Set.of();
		size = Math.max(1, Math.min(size, MAX_SIZE));
		page = Math.max(0, Math.min(page, MAX_PAGE));
		text = (text != null && !text.isBlank()) ? text.strip() : null;
		fieldFilters = (fieldFilters != null) ? List.copyOf(fieldFilters) : List.of();
	}

	public static TicketQuery activeAtTier(long tierId, int page, int size) {
		return new TicketQuery(Set.of(), false, tierId, null, null, false, null, null, null, null, false, page, size);
	}

	public static TicketQuery ofRequester(long userId, int page, int size) {
		return new TicketQuery(Set.of(), true, null, null, null, false, null, null, null, userId, true, page, size);
	}

}
