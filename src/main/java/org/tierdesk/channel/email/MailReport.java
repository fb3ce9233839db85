package org.tierdesk.channel.email;

/**
 * The machine-readable part of a {@code multipart/report}: its report type and the text
 * of the {@code message/delivery-status}, {@code message/feedback-report} or disposition
 * part.
 */
public record MailReport(String reportType, String machineReadable) {
}
