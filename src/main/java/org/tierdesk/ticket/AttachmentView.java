package org.tierdesk.ticket;

/**
 * A file attached to a ticket; {@code contentId} and {@code inline} mark an image a mail
 * shows in its HTML text.
 */
public record AttachmentView(long id, long ticketId, Long messageId, String filename, String contentType, long size,
		String contentId, boolean inline) {
}
