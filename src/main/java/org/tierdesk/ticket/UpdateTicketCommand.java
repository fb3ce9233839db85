package org.tierdesk.ticket;

/**
 * Changes to a ticket's properties; a null field is left as it is. {@code unassign}
 * clears the assignee.
 */
public record UpdateTicketCommand(Priority priority, Long assigneeId, boolean unassign, Long departmentId,
		TicketStatus status) {

	public static UpdateTicketCommand priority(Priority priority) {
		return new UpdateTicketCommand(priority, null, false, null, null);
	}

	public static UpdateTicketCommand assign(Long assigneeId) {
		return new UpdateTicketCommand(null, assigneeId, assigneeId == null, null, null);
	}

	public static UpdateTicketCommand department(long departmentId) {
		return new UpdateTicketCommand(null, null, false, departmentId, null);
	}

	public static UpdateTicketCommand status(TicketStatus status) {
		return new UpdateTicketCommand(null, null, false, null, status);
	}

}
