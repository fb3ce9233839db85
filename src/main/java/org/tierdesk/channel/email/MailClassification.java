package org.tierdesk.channel.email;

import java.util.Optional;

/**
 * The kind of a mail with a human-readable reason, the bounce details, and the Message-ID
 * of the original mail a bounce or report refers to.
 */
public record MailClassification(MailKind kind, String reason, Optional<Bounce> bounce,
		Optional<String> originalMessageId, Optional<String> feedbackType) {

	/**
	 * Whether the mail was sent by a machine and must never be acknowledged.
	 */
	public boolean automated() {
		return this.kind != MailKind.ORDINARY;
	}

}
