package org.tierdesk.channel.email;

/**
 * A mail could neither be processed nor quarantined (the database is unreachable, for
 * example). The caller keeps the mail at its source and tries again later.
 */
public class MailIntakeException extends RuntimeException {

	public MailIntakeException(String message, Throwable cause) {
		super(message, cause);
	}

}
