package org.tierdesk.channel.email.outbound;

/**
 * A template filled in with example values, as a mail would read.
 */
public record MailPreview(String subject, String body) {
}
