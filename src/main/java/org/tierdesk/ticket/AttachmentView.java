package org.tierdesk.ticket;

/**
 * A file attached to a ticket.
 */
public record AttachmentView(long id, long ticketId, Long messageId, String filename, String contentType, long size) {
}
