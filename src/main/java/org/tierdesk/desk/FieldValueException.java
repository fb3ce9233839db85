package org.tierdesk.desk;

import org.tierdesk.platform.InvalidInputException;

/**
 * A custom-field value that breaks one of the field's rules. The error names the field
 * ({@code fields.<key>}) and the rule ({@code required}, {@code maxLength}, ...); the
 * message's first two arguments are the field's label and key.
 */
public class FieldValueException extends InvalidInputException {

	private final String fieldKey;

	private final String rule;

	public FieldValueException(String fieldKey, String rule, String defaultMessage, Object... args) {
		super("fields." + fieldKey, "fields.error." + rule, defaultMessage, args);
		this.fieldKey = fieldKey;
		this.rule = rule;
	}

	public String getFieldKey() {
		return this.fieldKey;
	}

	public String getRule() {
		return this.rule;
	}

}
