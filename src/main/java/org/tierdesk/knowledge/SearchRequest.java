package org.tierdesk.knowledge;

import java.time.Instant;
import java.util.Set;

/**
 * An agent's search: words, the types to look in, and filters (ticket status, tier,
 * department, last change between two instants).
 */
public record SearchRequest(String query, String language, Set<SearchType> types, String status, Long tierId,
		Long departmentId, Instant from, Instant to, int limit) {

	public static final int MAX_LIMIT = 100;

	public SearchRequest {
		types = (types == null || types.isEmpty()) ? Set.of(SearchType.values()) : Set.copyOf(types);
		limit = Math.max(1, Math.min(limit, MAX_LIMIT));
	}

}
