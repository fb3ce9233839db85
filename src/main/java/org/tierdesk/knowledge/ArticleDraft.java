package org.tierdesk.knowledge;

/**
 * An article proposed from a resolved ticket: its problem, cause and solution, with the
 * requester's personal data left out.
 */
public record ArticleDraft(String ticketNumber, String title, String problem, String cause, String solution) {
}
