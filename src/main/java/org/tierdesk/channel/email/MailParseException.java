package org.tierdesk.channel.email;

/**
 * A mail that could not be parsed; the caller keeps the raw message in quarantine.
 */
public class MailParseException extends Exception {

	private final Reason reason;

	public MailParseException(Reason reason, String message, Throwable cause) {
		super(reason + ": " + message, cause);
		this.reason = reason;
	}

	public Reason reason() {
		return this.reason;
	}

	/**
	 * Why parsing stopped.
	 */
	public enum Reason {

		/** The mail is over one of the {@link MailLimits}. */
		LIMIT_EXCEEDED,
		/** The mail is not a MIME message the parser could make sense of. */
		MALFORMED,
		/** Reading the input or writing a temporary file failed. */
		IO_FAILED

	}

}
