package org.tierdesk.platform;

/**
 * Base of the business errors; carries a message-bundle key so screens and the API can
 * explain it in the user's language.
 */
public abstract class DomainException extends RuntimeException {

	private final String messageKey;

	private final transient Object[] args;

	protected DomainException(String messageKey, String defaultMessage, Object... args) {
		super(defaultMessage);
		this.messageKey = messageKey;
		this.args = args;
	}

	public String getMessageKey() {
		return this.messageKey;
	}

	public Object[] getArgs() {
		return this.args.clone();
	}

}
