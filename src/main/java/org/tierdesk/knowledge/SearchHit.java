package org.tierdesk.knowledge;

import java.time.Instant;

/**
 * One search result. {@code ref} is the article id or the ticket number; {@code snippet}
 * is escaped text where only {@code <mark>} tags highlight the words that matched.
 */
public record SearchHit(SearchType type, String ref, String title, String snippet, String language, String status,
		float score, Instant date) {
}
