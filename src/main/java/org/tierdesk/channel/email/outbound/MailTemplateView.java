package org.tierdesk.channel.email.outbound;

import java.time.Instant;

/**
 * The subject and body used for one kind of mail in one language: an admin's own text
 * ({@code overridden}) or the default.
 */
public record MailTemplateView(OutboundMailKind kind, String language, String subject, String body, boolean overridden,
		Instant updatedAt, String updatedBy) {
}
