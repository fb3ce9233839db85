package org.tierdesk.desk;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Turns what a form or a JSON body sent for a custom field into a typed value, checking
 * the field's type and rules. Pure Java: no database, no Spring. Every error names the
 * field (its label in the given language, and its key) and the rule it breaks.
 */
public final class FieldValues {

	/** The largest magnitude a number field stores (20 digits before the point). */
	static final BigDecimal LIMIT = new BigDecimal("1E20");

	/** Digits after the decimal point a decimal field stores. */
	public static final int MAX_DECIMALS = 10;

	private FieldValues() {
	}

	/**
	 * The typed value of {@code raw}, or null when nothing was given (null, blank, no
	 * choice). Local date-times are read in {@code zone}.
	 */
	public static FieldValue parse(CustomFieldView field, Object raw, Locale locale, ZoneId zone) {
		return switch (field.type()) {
			case MULTIPLE_CHOICE -> choices(field, raw, locale);
			default -> {
				Object single = single(field, raw, locale);
				yield (single == null) ? null : parseSingle(field, single, locale, zone);
			}
		};
	}

	/** Like {@link #parse}, reading local date-times as UTC. */
	public static FieldValue parse(CustomFieldView field, Object raw, Locale locale) {
		return parse(field, raw, locale, ZoneId.of("UTC"));
	}

	/**
	 * Refuses a missing value of a required field (for a checkbox: an unticked one).
	 */
	public static void checkRequired(CustomFieldView field, FieldValue value, Locale locale) {
		boolean missing = value == null || (field.type() == FieldType.CHECKBOX && !value.flag());
		if (field.required() && missing) {
			throw error(field, locale, "required", "{0} ({1}) is required.");
		}
	}

	private static Object single(CustomFieldView field, Object raw, Locale locale) {
		Object value = raw;
		if (value instanceof Object[] array) {
			value = Arrays.asList(array);
		}
		if (value instanceof Collection<?> many) {
			List<?> present = many.stream().filter((item) -> item != null && !item.toString().isBlank()).toList();
			if (present.size() > 1) {
				throw wrongType(field, locale);
			}
			value = present.isEmpty() ? null : present.get(0);
		}
		if (value instanceof String text && text.isBlank()) {
			return null;
		}
		return value;
	}

	private static FieldValue parseSingle(CustomFieldView field, Object value, Locale locale, ZoneId zone) {
		return switch (field.type()) {
			case TEXT, LONG_TEXT -> text(field, value, locale);
			case NUMBER, DECIMAL -> number(field, value, locale);
			case DATE -> date(field, value, locale);
			case DATE_TIME -> dateTime(field, value, locale, zone);
			case CHECKBOX -> flag(field, value, locale);
			case SINGLE_CHOICE -> choice(field, value, locale);
			case AGENT -> agent(field, value, locale);
			case MULTIPLE_CHOICE -> throw new IllegalStateException("handled by choices");
		};
	}

	private static FieldValue text(CustomFieldView field, Object value, Locale locale) {
		if (!(value instanceof String raw)) {
			throw wrongType(field, locale);
		}
		String text = raw.strip();
		if (field.type() == FieldType.TEXT) {
			text = text.replaceAll("[\\r\\n\\t]+", " ");
		}
		if (text.codePoints().anyMatch((c) -> Character.isISOControl(c) && c != '\n' && c != '\r' && c != '\t')) {
			throw wrongType(field, locale);
		}
		if (text.isEmpty()) {
			return null;
		}
		FieldRules rules = field.rules();
		int max = field.type().maxLength();
		if (rules.maxLength() != null) {
			max = Math.min(max, rules.maxLength());
		}
		if (text.length() > max) {
			throw error(field, locale, "maxLength", "{0} ({1}) must be at most {2} characters.", max);
		}
		if (rules.minLength() != null && text.length() < rules.minLength()) {
			throw error(field, locale, "minLength", "{0} ({1}) must be at least {2} characters.", rules.minLength());
		}
		if (rules.pattern() != null && !Pattern.compile(rules.pattern()).matcher(text).matches()) {
			throw error(field, locale, "pattern", "{0} ({1}) does not have the expected form ({2}).", rules.pattern());
		}
		return FieldValue.text(field.type(), text);
	}

	private static FieldValue number(CustomFieldView field, Object value, Locale locale) {
		BigDecimal number;
		if (value instanceof BigDecimal decimal) {
			number = decimal;
		}
		else if (value instanceof Number n && !(value instanceof Double || value instanceof Float)) {
			number = new BigDecimal(n.toString());
		}
		else if (value instanceof Double || value instanceof Float) {
			number = BigDecimal.valueOf(((Number) value).doubleValue());
		}
		else if (value instanceof String text) {
			String plain = text.strip().replace("\u00a0", "").replace(" ", "");
			if (plain.indexOf(',') >= 0 && plain.indexOf('.') < 0) {
				// a decimal comma, as Dutch, Indonesian, Italian and Finnish write it
				plain = plain.replace(',', '.');
			}
			if (plain.length() > 60 || !plain.matches("[+-]?(\\d+(\\.\\d*)?|\\.\\d+)")) {
				throw wrongType(field, locale);
			}
			number = new BigDecimal(plain);
		}
		else {
			throw wrongType(field, locale);
		}
		if (field.type() == FieldType.NUMBER && number.stripTrailingZeros().scale() > 0) {
			throw wrongType(field, locale);
		}
		if (number.stripTrailingZeros().scale() > MAX_DECIMALS) {
			throw error(field, locale, "decimals", "{0} ({1}) takes at most {2} decimal places.", MAX_DECIMALS);
		}
		if (number.abs().compareTo(LIMIT) >= 0) {
			throw error(field, locale, "max", "{0} ({1}) must be at most {2}.", LIMIT.subtract(BigDecimal.ONE));
		}
		FieldRules rules = field.rules();
		if (rules.min() != null && number.compareTo(rules.min()) < 0) {
			throw error(field, locale, "min", "{0} ({1}) must be at least {2}.", plain(rules.min()));
		}
		if (rules.max() != null && number.compareTo(rules.max()) > 0) {
			throw error(field, locale, "max", "{0} ({1}) must be at most {2}.", plain(rules.max()));
		}
		return FieldValue.number(field.type(), number);
	}

	private static FieldValue date(CustomFieldView field, Object value, Locale locale) {
		try {
			LocalDate date = LocalDate.parse(value.toString().strip());
			if (date.getYear() < 1 || date.getYear() > 9999) {
				throw wrongType(field, locale);
			}
			return FieldValue.date(date);
		}
		catch (DateTimeParseException ex) {
			throw wrongType(field, locale);
		}
	}

	private static FieldValue dateTime(CustomFieldView field, Object value, Locale locale, ZoneId zone) {
		String text = value.toString().strip();
		Instant instant = null;
		try {
			instant = Instant.parse(text);
		}
		catch (DateTimeParseException ex) {
			try {
				instant = OffsetDateTime.parse(text).toInstant();
			}
			catch (DateTimeParseException ex2) {
				try {
					instant = LocalDateTime.parse(text).atZone(zone).toInstant();
				}
				catch (DateTimeParseException ex3) {
					throw wrongType(field, locale);
				}
			}
		}
		if (instant.isBefore(Instant.parse("0001-01-01T00:00:00Z"))
				|| instant.isAfter(Instant.parse("9999-12-31T23:59:59Z"))) {
			throw wrongType(field, locale);
		}
		return FieldValue.dateTime(instant);
	}

	private static FieldValue flag(CustomFieldView field, Object value, Locale locale) {
		if (value instanceof Boolean flag) {
			return FieldValue.flag(flag);
		}
		return switch (value.toString().strip().toLowerCase(Locale.ROOT)) {
			case "true", "on", "yes", "1" -> FieldValue.flag(true);
			case "false", "off", "no", "0" -> FieldValue.flag(false);
			default -> throw wrongType(field, locale);
		};
	}

	private static FieldValue choice(CustomFieldView field, Object value, Locale locale) {
		if (!(value instanceof String key)) {
			throw wrongType(field, locale);
		}
		return FieldValue.text(FieldType.SINGLE_CHOICE, offered(field, key.strip(), locale));
	}

	private static FieldValue choices(CustomFieldView field, Object raw, Locale locale) {
		if (raw == null) {
			return null;
		}
		List<?> items;
		if (raw instanceof Object[] array) {
			items = Arrays.asList(array);
		}
		else if (raw instanceof Collection<?> many) {
			items = new ArrayList<>(many);
		}
		else if (raw instanceof String text) {
			items = Arrays.asList(text.split(","));
		}
		else {
			throw wrongType(field, locale);
		}
		Set<String> chosen = new LinkedHashSet<>();
		for (Object item : items) {
			if (item == null || item.toString().isBlank()) {
				continue;
			}
			if (!(item instanceof String key)) {
				throw wrongType(field, locale);
			}
			if (chosen.size() > field.options().size()) {
				throw wrongType(field, locale);
			}
			chosen.add(offered(field, key.strip(), locale));
		}
		return chosen.isEmpty() ? null : FieldValue.choices(List.copyOf(chosen));
	}

	private static String offered(CustomFieldView field, String key, Locale locale) {
		boolean offered = field.activeOptions().stream().anyMatch((option) -> option.key().equals(key));
		if (!offered) {
			throw error(field, locale, "option", "{0} ({1}): \"{2}\" is not one of the options.",
					(key.length() > 50) ? key.substring(0, 50) + "…" : key);
		}
		return key;
	}

	private static FieldValue agent(CustomFieldView field, Object value, Locale locale) {
		String text = value.toString().strip();
		if (!(value instanceof Number || value instanceof String) || !text.matches("\\d{1,18}")) {
			throw wrongType(field, locale);
		}
		return FieldValue.ref(FieldType.AGENT, Long.parseLong(text));
	}

	private static String plain(BigDecimal number) {
		return number.stripTrailingZeros().toPlainString();
	}

	static FieldValueException wrongType(CustomFieldView field, Locale locale) {
		String rule = "type." + field.type().apiName();
		return error(field, locale, rule, "{0} ({1}) must be a value of type " + field.type().apiName() + ".");
	}

	static FieldValueException error(CustomFieldView field, Locale locale, String rule, String defaultMessage,
			Object... more) {
		Object[] args = new Object[2 + more.length];
		args[0] = field.label(locale);
		args[1] = field.key();
		System.arraycopy(more, 0, args, 2, more.length);
		return new FieldValueException(field.key(), rule, defaultMessage, args);
	}

}
