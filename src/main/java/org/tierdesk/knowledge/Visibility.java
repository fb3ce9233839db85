package org.tierdesk.knowledge;

import java.util.Locale;

/**
 * Who may read an article: everyone on the portal, every agent, or only the agents of
 * some departments.
 */
public enum Visibility {

	PUBLIC, INTERNAL, DEPARTMENTS;

	/** The name used in the API. */
	public String apiName() {
		return name().toLowerCase(Locale.ROOT);
	}

}
