package org.tierdesk.ticket;

/**
 * A new ticket was opened.
 */
public record TicketOpened(long ticketId, String number, long tierId, long departmentId, String requesterEmail,
		Channel channel) {
}
