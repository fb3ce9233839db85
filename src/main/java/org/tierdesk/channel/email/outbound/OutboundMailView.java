package org.tierdesk.channel.email.outbound;

import java.time.Instant;
import java.util.List;

/**
 * An outgoing mail as admins and the API see it.
 */
public record OutboundMailView(long id, OutboundMailKind kind, OutboundMailStatus status, long ticketId,
		String ticketNumber, String from, List<String> to, List<String> cc, String skippedRecipients, String subject,
		String messageId, String inReplyTo, String language, int attempts, Instant nextAttemptAt, String lastError,
		Instant createdAt, Instant sentAt) {

	public OutboundMailView {
		to = List.copyOf(to);
		cc = List.copyOf(cc);
	}

}
