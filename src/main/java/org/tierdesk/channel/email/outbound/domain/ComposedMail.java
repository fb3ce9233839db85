package org.tierdesk.channel.email.outbound.domain;

import java.util.List;

import org.tierdesk.channel.email.outbound.OutboundMailKind;

/**
 * A mail ready to be queued: recipients as header values, the rendered text, the
 * threading headers (Message-IDs without angle brackets, References separated by spaces)
 * and, if it must not be sent, the reason.
 */
record ComposedMail(OutboundMailKind kind, long ticketId, String ticketNumber, Long ticketMessageId, String from,
		String to, String cc, String skippedRecipients, String subject, String bodyText, String bodyHtml,
		String messageId, String inReplyTo, String references, String language, List<Long> attachmentIds,
		String refusal) {

	ComposedMail {
		attachmentIds = (attachmentIds != null) ? List.copyOf(attachmentIds) : List.of();
	}

}
