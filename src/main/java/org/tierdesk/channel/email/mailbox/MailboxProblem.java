package org.tierdesk.channel.email.mailbox;

/**
 * Why connecting to or polling a mailbox failed, each with a message an admin can act on.
 */
public enum MailboxProblem {

	/** The server refused the user name and password or token. */
	AUTHENTICATION_FAILED,
	/** The host name does not resolve. */
	UNKNOWN_HOST,
	/** Nothing listens on the host and port. */
	CONNECTION_REFUSED,
	/** The server did not answer in time. */
	TIMEOUT,
	/** The TLS handshake failed, usually an untrusted or mismatched certificate. */
	TLS_FAILURE,
	/** The folder does not exist on the server. */
	FOLDER_NOT_FOUND,
	/** The connection broke while messages were being fetched. */
	CONNECTION_LOST,
	/**
	 * A message could neither be processed nor quarantined; it stays on the server for
	 * the next poll.
	 */
	INTAKE_FAILED,
	/** Anything else the server or the network reported. */
	/** The OAuth2 token endpoint did not renew the access token. */
	OAUTH_REFRESH_FAILED,

	OTHER;

	/** The message-bundle key of the explanation. */
	public String messageKey() {
		return "mailbox.problem." + name();
	}

}
