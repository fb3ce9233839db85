package org.tierdesk.ticket;

/**
 * A customer reply reopened a resolved ticket.
 */
public record TicketReopened(long ticketId, String number, long tierId) {
}
