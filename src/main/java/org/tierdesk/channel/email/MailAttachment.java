package org.tierdesk.channel.email;

import java.util.Optional;

/**
 * A file carried by a mail: an attachment, an inline part referenced by {@code cid:}, or
 * a forwarded message kept as {@code .eml}.
 */
public record MailAttachment(String filename, String contentType, long size, Optional<String> contentId,
		MailContent content) {

	public MailAttachment {
		contentId = contentId == null ? Optional.empty() : contentId;
	}

}
