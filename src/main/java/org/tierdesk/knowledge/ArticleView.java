package org.tierdesk.knowledge;

import java.time.Instant;
import java.util.List;
import java.util.Set;

/**
 * An article in one language (the asked one, or its original when there is no
 * translation); {@code body} is sanitised HTML. {@code solvedCount} counts portal
 * visitors who said it solved their problem, {@code ticketsSolved} resolved tickets it
 * was linked to.
 */
public record ArticleView(long id, String language, String title, String body, String originalLanguage,
		List<String> languages, Long categoryId, String categoryName, Set<String> tags, Visibility visibility,
		Set<Long> departmentIds, ArticleStatus status, String authorName, String sourceTicket, long viewCount,
		long solvedCount, long ticketsSolved, Instant createdAt, Instant updatedAt, Instant publishedAt, long version) {

	/**
	 * Whether this is not the language that was asked for (a fallback to the original).
	 */
	public boolean isFallback(String asked) {
		return asked != null && !asked.equals(this.language);
	}

}
