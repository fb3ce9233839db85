package org.tierdesk.platform;

/**
 * A request that is valid but cannot be carried out in the current state (HTTP 409). The
 * message key names a bundle entry; the arguments fill it.
 */
public class ConflictException extends DomainException {

	public ConflictException(String messageKey, String defaultMessage, Object... args) {
		super(messageKey, defaultMessage, args);
	}

}
