package org.tierdesk.knowledge;

import java.util.Locale;

/**
 * Where an article is in its life: written, reviewed, shown, retired.
 */
public enum ArticleStatus {

	DRAFT, IN_REVIEW, PUBLISHED, ARCHIVED;

	/** The name used in the API and in URLs ({@code in-review}). */
	public String apiName() {
		return name().toLowerCase(Locale.ROOT).replace('_', '-');
	}

}
