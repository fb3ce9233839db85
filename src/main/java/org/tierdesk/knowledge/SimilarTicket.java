package org.tierdesk.knowledge;

import java.time.Instant;

/**
 * A resolved ticket whose problem looks like another one, with the solution it got.
 */
public record SimilarTicket(String number, String subject, String solution, String cause, Instant resolvedAt,
		float score) {
}
