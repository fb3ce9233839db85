package org.tierdesk.knowledge;

import java.util.Set;

/**
 * The content and settings of an article in its original language; {@code body} is HTML
 * that is sanitised before it is stored.
 */
public record SaveArticleCommand(String language, String title, String body, Long categoryId, Set<String> tags,
		Visibility visibility, Set<Long> departmentIds, String sourceTicket) {

	public SaveArticleCommand {
		tags = (tags != null) ? Set.copyOf(tags) : Set.of();
		departmentIds = (departmentIds != null) ? Set.copyOf(departmentIds) : Set.of();
	}

}
