package org.tierdesk.channel.email;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds a ticket number such as {@code [TD-000042]} or {@code TD-2026-000042} in a
 * subject, and strips reply and forward prefixes for display.
 */
public class TicketReference {

	private static final Pattern PREFIXES = Pattern.compile(
			"^\\s*(?:(?:re|aw|wg|sv|vs|antw|doorst|r|i|balas|fw|fwd|tr|rif|odp|vl|ynt|fs|rv|enc)\\s*(?:\\[\\d+]|\\(\\d+\\))?\\s*[:：]\\s*)+",
			Pattern.CASE_INSENSITIVE);

	private final Pattern pattern;

	public TicketReference(String prefix) {
		if (prefix == null || !prefix.matches("[A-Za-z][A-Za-z0-9]{0,9}")) {
			throw new IllegalArgumentException("ticket prefix must be 1-10 letters or digits: " + prefix);
		}
		this.pattern = Pattern.compile(
				"(?<![A-Za-z0-9])" + Pattern.quote(prefix) + "-(?:(\\d{4})-)?(\\d{1,12})(?![0-9])",
				Pattern.CASE_INSENSITIVE);
		this.prefix = prefix.toUpperCase(java.util.Locale.ROOT);
	}

	private final String prefix;

	/**
	 * The first ticket number in the subject, normalised to {@code PREFIX-[YEAR-]digits}
	 * with six or more digits.
	 */
	public Optional<String> find(String subject) {
		if (subject == null) {
			return Optional.empty();
		}
		Matcher m = this.pattern.matcher(subject);
		if (!m.find()) {
			return Optional.empty();
		}
		String digits = String.format("%06d", Long.parseLong(m.group(2)));
		return Optional.of(this.prefix + "-" + ((m.group(1) != null) ? m.group(1) + "-" : "") + digits);
	}

	/**
	 * The subject without leading reply and forward prefixes (Re:, AW:, WG:, SV:, Antw:,
	 * Doorst:, R:, I:, Balas:, Fwd: and the like).
	 */
	public static String stripReplyPrefixes(String subject) {
		if (subject == null) {
			return "";
		}
		return PREFIXES.matcher(subject).replaceFirst("").strip();
	}

}
