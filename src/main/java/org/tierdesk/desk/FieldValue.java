package org.tierdesk.desk;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import org.tierdesk.platform.TimeZones;

/**
 * One typed value of a custom field; exactly the component of its type is set
 * ({@code choices} for multiple choice, {@code ref} for an agent's user id).
 */
public record FieldValue(FieldType type, String text, BigDecimal number, LocalDate date, Instant dateTime, Boolean flag,
		List<String> choices, Long ref) {

	public FieldValue {
		choices = (choices != null) ? List.copyOf(choices) : List.of();
	}

	public static FieldValue text(FieldType type, String text) {
		return new FieldValue(type, text, null, null, null, null, null, null);
	}

	public static FieldValue number(FieldType type, BigDecimal number) {
		return new FieldValue(type, null, number, null, null, null, null, null);
	}

	public static FieldValue date(LocalDate date) {
		return new FieldValue(FieldType.DATE, null, null, date, null, null, null, null);
	}

	public static FieldValue dateTime(Instant dateTime) {
		return new FieldValue(FieldType.DATE_TIME, null, null, null, dateTime, null, null, null);
	}

	public static FieldValue flag(boolean flag) {
		return new FieldValue(FieldType.CHECKBOX, null, null, null, null, flag, null, null);
	}

	public static FieldValue choices(List<String> choices) {
		return new FieldValue(FieldType.MULTIPLE_CHOICE, null, null, null, null, null, choices, null);
	}

	public static FieldValue ref(FieldType type, long ref) {
		return new FieldValue(type, null, null, null, null, null, null, ref);
	}

	/** The value as JSON carries it: a string, number, boolean or list of option keys. */
	public Object json() {
		return switch (this.type) {
			case TEXT, LONG_TEXT, SINGLE_CHOICE -> this.text;
			case NUMBER, DECIMAL -> this.number;
			case DATE -> this.date.toString();
			case DATE_TIME -> this.dateTime.toString();
			case CHECKBOX -> this.flag;
			case MULTIPLE_CHOICE -> this.choices;
			case AGENT -> this.ref;
		};
	}

	/**
	 * The value as one line of text in a stable, language-neutral form (history, CSV,
	 * defaults, form inputs).
	 */
	public String canonical() {
		return switch (this.type) {
			case TEXT, LONG_TEXT, SINGLE_CHOICE -> this.text;
			case NUMBER, DECIMAL -> this.number.stripTrailingZeros().toPlainString();
			case DATE -> this.date.toString();
			case DATE_TIME -> this.dateTime.toString();
			case CHECKBOX -> this.flag.toString();
			case MULTIPLE_CHOICE -> String.join(",", this.choices);
			case AGENT -> this.ref.toString();
		};
	}

	/**
	 * The value as an HTML input takes it: a date-time as local date and time in
	 * {@code zone}, anything else in its canonical form.
	 */
	public String input(ZoneId zone) {
		if (this.type == FieldType.DATE_TIME) {
			return this.dateTime.atZone(zone).toLocalDateTime().withSecond(0).withNano(0).toString();
		}
		return canonical();
	}

	/** The value as an HTML input takes it, date-times in the server's time zone. */
	public String input() {
		return input(TimeZones.current());
	}

	/** The value for a person to read, date-times in the server's time zone. */
	public String display(CustomFieldView field, Locale locale) {
		return display(field, locale, TimeZones.current());
	}

	/** Whether an option key is among the chosen ones. */
	public boolean has(String optionKey) {
		return (this.type == FieldType.MULTIPLE_CHOICE) ? this.choices.contains(optionKey)
				: optionKey != null && optionKey.equals(this.text);
	}

	/**
	 * The value for a person to read: option labels in their language, dates in their
	 * locale. Agent references show as their id here; screens look the name up.
	 */
	public String display(CustomFieldView field, Locale locale, ZoneId zone) {
		return switch (this.type) {
			case SINGLE_CHOICE -> field.optionLabel(this.text, locale);
			case MULTIPLE_CHOICE ->
				this.choices.stream().map((key) -> field.optionLabel(key, locale)).collect(Collectors.joining(", "));
			case DATE -> this.date.format(DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale));
			case DATE_TIME -> this.dateTime.atZone(zone)
				.format(DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
					.withLocale(locale));
			case CHECKBOX -> this.flag ? "✓" : "✗";
			default -> canonical();
		};
	}

}
