package org.tierdesk.channel.email.mailbox;

/**
 * How the desk signs in to a polled mailbox.
 */
public enum MailAuthMethod {

	/** User name and password. */
	PASSWORD,
	/**
	 * User name and an OAuth2 access token (SASL XOAUTH2), as Microsoft 365 and Google
	 * require.
	 */
	OAUTH2

}
