package org.tierdesk.ticket;

/**
 * A ticket moved up to the next tier, with a note.
 */
public record TicketEscalated(long ticketId, String number, long fromTierId, long toTierId, String note) {
}
