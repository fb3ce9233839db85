package org.tierdesk.ticket.domain;

import java.util.regex.Pattern;

import org.tierdesk.platform.InvalidInputException;

/**
 * The limits on what people type, checked the same way for the API and the screens.
 */
final class TicketInput {

	static final int SUBJECT_MAX = 200;

	static final int BODY_MAX = 100_000;

	static final int NOTE_MAX = 4_000;

	static final int SOLUTION_MAX = 50_000;

	static final int NAME_MAX = 200;

	static final int EMAIL_MAX = 254;

	private static final Pattern EMAIL = Pattern.compile("[^@\\s<>\"]+@[^@\\s<>\"]+\\.[^@\\s<>\"]+");

	/**
	 * Mail may come from a host without a dot ({@code root@localhost}); people typing get
	 * the stricter check.
	 */
	private static final Pattern MAIL_ADDRESS = Pattern.compile("[^@\\s<>\"]+@[^@\\s<>\".]+(\\.[^@\\s<>\"]+)*");

	private TicketInput() {
	}

	static String required(String value, String field, int max) {
		String stripped = (value != null) ? value.strip() : "";
		if (stripped.isEmpty()) {
			throw new InvalidInputException(field, "validation.required", "This field is required.");
		}
		return limited(stripped, field, max);
	}

	static String optional(String value, String field, int max) {
		String stripped = (value != null) ? value.strip() : "";
		return stripped.isEmpty() ? null : limited(stripped, field, max);
	}

	static String email(String value, String field) {
		return email(value, field, false);
	}

	static String email(String value, String field, boolean fromMail) {
		String email = required(value, field, EMAIL_MAX).toLowerCase(java.util.Locale.ROOT);
		if (!(fromMail ? MAIL_ADDRESS : EMAIL).matcher(email).matches()) {
			throw new InvalidInputException(field, "validation.email", "Enter a valid e-mail address.");
		}
		return email;
	}

	private static String limited(String value, String field, int max) {
		if (value.length() > max) {
			throw new InvalidInputException(field, "validation.tooLong", "At most {0} characters.", max);
		}
		return value;
	}

}
