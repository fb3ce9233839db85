package org.tierdesk.ticket;

/**
 * An attachment's bytes, with what is needed to check who may download it.
 */
public record AttachmentContent(AttachmentView attachment, String ticketNumber, Long requesterUserId,
		String accessToken, boolean internal, byte[] data) {
}
