package org.tierdesk.ticket;

/**
 * A message was added to a ticket.
 */
public record TicketReplied(long ticketId, String number, long messageId, AuthorType authorType, boolean internal) {
}
