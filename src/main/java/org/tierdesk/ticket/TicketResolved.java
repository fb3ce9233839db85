package org.tierdesk.ticket;

/**
 * A ticket was resolved, with its solution documentation.
 */
public record TicketResolved(long ticketId, String number, long tierId, String solution, String cause) {
}
