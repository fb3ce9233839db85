package org.tierdesk.channel.email.outbound;

/**
 * How the connection to the SMTP server is protected
 * ({@code tierdesk.mail.smtp-security}).
 */
public enum SmtpSecurity {

	/** Plain SMTP (a relay on the same machine or network, usually port 25). */
	NONE,
	/**
	 * Plain connection upgraded with STARTTLS, which is required: no mail is sent without
	 * it (usually port 587).
	 */
	STARTTLS,
	/** TLS from the first byte, "SMTPS" (usually port 465). */
	SSL

}
