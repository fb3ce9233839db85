package org.tierdesk.knowledge;

import java.time.Instant;

/**
 * An article in a list, titled in the reader's language when it has that translation.
 */
public record ArticleSummary(long id, String title, String language, ArticleStatus status, Visibility visibility,
		Long categoryId, Instant updatedAt, long viewCount, long ticketsSolved) {
}
