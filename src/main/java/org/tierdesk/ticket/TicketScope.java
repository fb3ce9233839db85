package org.tierdesk.ticket;

import java.util.Set;

/**
 * The departments whose tickets someone may see: every department (admins), or exactly
 * these ({@code departmentIds}, possibly none).
 */
public record TicketScope(boolean everything, Set<Long> departmentIds) {

	private static final TicketScope EVERYTHING = new TicketScope(true, Set.of());

	private static final TicketScope NOTHING = new TicketScope(false, Set.of());

	public TicketScope {
		departmentIds = everything ? Set.of() : Set.copyOf(departmentIds);
	}

	/** Every ticket of every department. */
	public static TicketScope all() {
		return EVERYTHING;
	}

	/** No ticket at all. */
	public static TicketScope nothing() {
		return NOTHING;
	}

	/** The tickets of these departments. */
	public static TicketScope of(Set<Long> departmentIds) {
		return new TicketScope(false, departmentIds);
	}

	/** Whether no ticket at all is in this scope. */
	public boolean isEmpty() {
		return !this.everything && this.departmentIds.isEmpty();
	}

	public boolean includes(long departmentId) {
		return this.everything || this.departmentIds.contains(departmentId);
	}

	/** Whether the ticket's department is in this scope. */
	public boolean includes(TicketView ticket) {
		return ticket.department() != null && includes(ticket.department().id());
	}

}
