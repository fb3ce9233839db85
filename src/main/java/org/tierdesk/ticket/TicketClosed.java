package org.tierdesk.ticket;

/**
 * A ticket was closed.
 */
public record TicketClosed(long ticketId, String number) {
}
