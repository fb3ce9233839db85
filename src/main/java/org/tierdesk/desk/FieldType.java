package org.tierdesk.desk;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

import org.tierdesk.platform.InvalidInputException;

/**
 * The kinds of value a custom field holds.
 */
public enum FieldType {

	TEXT("text"), LONG_TEXT("long-text"), NUMBER("number"), DECIMAL("decimal"), DATE("date"), DATE_TIME("date-time"),
	CHECKBOX("checkbox"), SINGLE_CHOICE("choice"), MULTIPLE_CHOICE("multi-choice"), AGENT("agent");

	private final String apiName;

	FieldType(String apiName) {
		this.apiName = apiName;
	}

	public String apiName() {
		return this.apiName;
	}

	/** Whether the field offers a list of options. */
	public boolean hasOptions() {
		return this == SINGLE_CHOICE || this == MULTIPLE_CHOICE;
	}

	/** Whether min/max apply to the value itself. */
	public boolean isNumeric() {
		return this == NUMBER || this == DECIMAL;
	}

	/** Whether length and pattern rules apply. */
	public boolean isText() {
		return this == TEXT || this == LONG_TEXT;
	}

	/**
	 * Whether queues can be sorted by this field (long text and multiple choice cannot).
	 */
	public boolean isSortable() {
		return this != LONG_TEXT && this != MULTIPLE_CHOICE;
	}

	/** The longest value a field of this type takes. */
	public int maxLength() {
		return switch (this) {
			case LONG_TEXT -> 10_000;
			default -> 255;
		};
	}

	public static FieldType fromApiName(String name) {
		String wanted = (name != null) ? name.strip().toLowerCase(Locale.ROOT).replace('_', '-') : "";
		for (FieldType type : values()) {
			if (type.apiName.equals(wanted)) {
				return type;
			}
		}
		throw new InvalidInputException("type", "validation.oneOf", "Must be one of: {0}.",
				Arrays.stream(values()).map(FieldType::apiName).collect(Collectors.joining(", ")));
	}

}
