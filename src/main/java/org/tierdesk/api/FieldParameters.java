package org.tierdesk.api;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.springframework.util.MultiValueMap;
import org.tierdesk.ticket.TicketQuery.FieldFilter;
import org.tierdesk.ticket.TicketQuery.FieldSort;

/**
 * Reads custom-field filters ({@code field.<key>=<value>}) and sorting
 * ({@code sort=field.<key>}, {@code sort=-field.<key>}) from a query string.
 */
final class FieldParameters {

	static final String PREFIX = "field.";

	private FieldParameters() {
	}

	static List<FieldFilter> filters(MultiValueMap<String, String> parameters) {
		List<FieldFilter> filters = new ArrayList<>();
		for (Map.Entry<String, List<String>> parameter : parameters.entrySet()) {
			if (parameter.getKey().startsWith(PREFIX)) {
				for (String value : parameter.getValue()) {
					if (value != null && !value.isBlank()) {
						filters.add(new FieldFilter(parameter.getKey().substring(PREFIX.length()), value));
					}
				}
			}
		}
		return filters;
	}

	static FieldSort sort(String sort) {
		if (sort == null) {
			return null;
		}
		boolean descending = sort.startsWith("-");
		String key = descending ? sort.substring(1) : sort;
		return key.startsWith(PREFIX) ? new FieldSort(key.substring(PREFIX.length()), descending) : null;
	}

}
