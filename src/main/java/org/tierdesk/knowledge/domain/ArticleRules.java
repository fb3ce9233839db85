package org.tierdesk.knowledge.domain;

import java.util.Collection;

import org.tierdesk.knowledge.ArticleStatus;
import org.tierdesk.knowledge.Reader;
import org.tierdesk.knowledge.Visibility;
import org.tierdesk.platform.HtmlSanitizer;
import org.tierdesk.platform.InvalidInputException;

/**
 * Who may see an article, and what an article's text may contain.
 */
final class ArticleRules {

	static final int MAX_TITLE_LENGTH = 300;

	static final int MAX_BODY_LENGTH = 500_000;

	private static final HtmlSanitizer SANITIZER = new HtmlSanitizer();

	private ArticleRules() {
	}

	/**
	 * Visitors and customers see published public articles; agents every article that is
	 * not limited to departments they are not in; admins all.
	 */
	static boolean visibleTo(Article article, Reader reader) {
		return visibleTo(article.getStatus(), article.getVisibility(), article.getDepartmentIds(), reader);
	}

	static boolean visibleTo(ArticleStatus status, Visibility visibility, Collection<Long> departmentIds,
			Reader reader) {
		if (reader.isAdmin()) {
			return true;
		}
		if (reader.isStaff()) {
			return visibility != Visibility.DEPARTMENTS
					|| (departmentIds != null && departmentIds.stream().anyMatch(reader.departmentIds()::contains));
		}
		return status == ArticleStatus.PUBLISHED && visibility == Visibility.PUBLIC;
	}

	static String title(String title) {
		if (title == null || title.isBlank()) {
			throw new InvalidInputException("title", "knowledge.error.titleRequired", "An article needs a title.");
		}
		String clean = title.strip().replaceAll("\\s+", " ");
		if (clean.length() > MAX_TITLE_LENGTH) {
			throw new InvalidInputException("title", "knowledge.error.titleTooLong",
					"A title has at most " + MAX_TITLE_LENGTH + " characters.", MAX_TITLE_LENGTH);
		}
		return clean;
	}

	/**
	 * Sanitised HTML: no scripts, handlers, frames, forms or {@code javascript:} links.
	 */
	static String body(String body) {
		if (body != null && body.length() > MAX_BODY_LENGTH) {
			throw new InvalidInputException("body", "knowledge.error.bodyTooLong",
					"The text has at most " + MAX_BODY_LENGTH + " characters.", MAX_BODY_LENGTH);
		}
		return sanitize(body);
	}

	static String sanitize(String html) {
		return SANITIZER.sanitize((html != null) ? html : "", (cid) -> null, true);
	}

}
