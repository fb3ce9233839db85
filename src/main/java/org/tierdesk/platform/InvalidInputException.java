package org.tierdesk.platform;

/**
 * Input that breaks a business rule (HTTP 400), naming the field when there is one.
 */
public class InvalidInputException extends DomainException {

	private final String field;

	public InvalidInputException(String field, String messageKey, String defaultMessage, Object... args) {
		super(messageKey, defaultMessage, args);
		this.field = field;
	}

	public String getField() {
		return this.field;
	}

}
