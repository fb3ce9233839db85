package org.tierdesk.platform;

/**
 * Something the user asked for does not exist, or is not theirs to see (HTTP 404).
 */
public class NotFoundException extends DomainException {

	public NotFoundException(String messageKey, String defaultMessage, Object... args) {
		super(messageKey, defaultMessage, args);
	}

}
