package org.tierdesk.knowledge;

import java.time.Instant;

/**
 * One saved state of an article's text in one language.
 */
public record ArticleVersionView(int number, String language, String title, String body, String authorName, String note,
		Instant createdAt) {
}
