package org.tierdesk.ticket;

/**
 * A ticket's status, priority, department or assignee was changed directly (not by one of
 * the lifecycle actions, which have their own events).
 */
public record TicketUpdated(long ticketId, String number) {
}
