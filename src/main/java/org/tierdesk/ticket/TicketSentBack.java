package org.tierdesk.ticket;

/**
 * A ticket was handed back to the previous tier, with a note.
 */
public record TicketSentBack(long ticketId, String number, long fromTierId, long toTierId, String note) {
}
