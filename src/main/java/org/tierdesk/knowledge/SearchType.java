package org.tierdesk.knowledge;

import java.util.Locale;

/**
 * What a search hit is: an article, a ticket, or the solution documentation of a resolved
 * ticket.
 */
public enum SearchType {

	ARTICLE, TICKET, SOLUTION;

	public String apiName() {
		return name().toLowerCase(Locale.ROOT);
	}

}
