package org.tierdesk.ticket;

import java.util.Map;

import org.tierdesk.desk.FieldAudience;

/**
 * Changes to a ticket's properties; a null field is left as it is. {@code unassign}
 * clears the assignee. {@code fields} changes custom-field values by key (a null value
 * clears one), as {@code fieldEditor} may.
 */
public record UpdateTicketCommand(Priority priority, Long assigneeId, boolean unassign, Long departmentId,
		TicketStatus status, Map<String, Object> fields, FieldAudience fieldEditor) {

	public UpdateTicketCommand {
		fields = (fields != null) ? fields : Map.of();
	}

	public UpdateTicketCommand(Priority priority, Long assigneeId, boolean unassign, Long departmentId,
			TicketStatus status) {
		this(priority, assigneeId, unassign, departmentId, status, null, null);
	}

	public static UpdateTicketCommand fields(Map<String, Object> values, FieldAudience editor) {
		return new UpdateTicketCommand(null, null, false, null, null, values, editor);
	}

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
