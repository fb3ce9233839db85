package org.tierdesk.desk;

import java.util.regex.Pattern;

import org.tierdesk.platform.InvalidInputException;

/**
 * How ticket numbers look: a prefix, optionally the year, and a zero-padded counter, e.g.
 * {@code TD-2026-000042}.
 */
public record TicketNumberFormat(String prefix, boolean includeYear, int padding) {

	private static final Pattern PREFIX = Pattern.compile("[A-Z][A-Z0-9]{0,9}");

	public TicketNumberFormat {
		prefix = (prefix != null) ? prefix.trim().toUpperCase(java.util.Locale.ROOT) : "";
		if (!PREFIX.matcher(prefix).matches()) {
			throw new InvalidInputException("prefix", "desk.numberFormat.prefix.invalid",
					"The prefix must be 1 to 10 letters or digits, starting with a letter.");
		}
		if (padding < 1 || padding > 12) {
			throw new InvalidInputException("padding", "desk.numberFormat.padding.invalid",
					"The padding must be between 1 and 12 digits.");
		}
	}

	public static TicketNumberFormat defaults() {
		return new TicketNumberFormat("TD", false, 6);
	}

	/**
	 * Formats the database-issued counter value for a ticket created in the given year.
	 */
	public String format(long counter, int year) {
		String digits = String.format("%0" + this.padding + "d", counter);
		return this.includeYear ? this.prefix + "-" + year + "-" + digits : this.prefix + "-" + digits;
	}

}
