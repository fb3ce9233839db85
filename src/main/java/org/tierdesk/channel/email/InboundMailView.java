package org.tierdesk.channel.email;

import java.time.Instant;

/**
 * What the desk knows of a received mail: where it came from, who sent it, what became of
 * it and why ({@code kind}: the automated-mail class; {@code reason}: why it was
 * quarantined or how it was threaded; {@code detail}: the explanation for people).
 */
public record InboundMailView(long id, Instant receivedAt, String source, Long mailboxId, String messageId,
		String sender, String subject, long size, IntakeOutcome outcome, String kind, String reason, String detail,
		String ticketNumber, int attempts) {
}
