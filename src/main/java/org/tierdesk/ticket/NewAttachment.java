package org.tierdesk.ticket;

/**
 * A file sent with a request or message.
 */
public record NewAttachment(String filename, String contentType, byte[] data) {

	public NewAttachment {
		data = (data != null) ? data : new byte[0];
	}

}
