package org.tierdesk.desk.domain;

import java.util.regex.Pattern;

import org.tierdesk.platform.InvalidInputException;

final class DeskNames {

	static final int MAX_LENGTH = 100;

	static final int MAX_ADDRESS_LENGTH = 254;

	private static final Pattern ADDRESS = Pattern
		.compile("[^\\s@<>,;\"()\\[\\]]+@[^\\s@<>,;\"()\\[\\]]+\\.[^\\s@<>,;\"()\\[\\]]+");

	private DeskNames() {
	}

	static String require(String name, String field) {
		String trimmed = (name != null) ? name.strip() : "";
		if (trimmed.isEmpty()) {
			throw new InvalidInputException(field, "validation.required", "This field is required.");
		}
		if (trimmed.length() > MAX_LENGTH) {
			throw new InvalidInputException(field, "validation.tooLong", "At most {0} characters.", MAX_LENGTH);
		}
		return trimmed;
	}

	/**
	 * An optional e-mail address: blank is none; otherwise one plain address
	 * ({@code local@domain}), no display name, no list.
	 */
	static String address(String address, String field) {
		String trimmed = (address != null) ? address.strip() : "";
		if (trimmed.isEmpty()) {
			return null;
		}
		if (trimmed.length() > MAX_ADDRESS_LENGTH || !ADDRESS.matcher(trimmed).matches()) {
			throw new InvalidInputException(field, "desk.department.badAddress",
					"Enter one e-mail address, like hr@example.com.");
		}
		return trimmed;
	}

}
