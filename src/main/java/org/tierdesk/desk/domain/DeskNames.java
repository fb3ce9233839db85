package org.tierdesk.desk.domain;

import org.tierdesk.platform.InvalidInputException;

final class DeskNames {

	static final int MAX_LENGTH = 100;

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

}
