package org.tierdesk.ticket;

/**
 * A newly opened ticket with its first message, the request itself.
 */
public record OpenedTicket(TicketView ticket, MessageView request) {
}
