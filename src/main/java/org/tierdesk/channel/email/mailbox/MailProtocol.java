package org.tierdesk.channel.email.mailbox;

/**
 * How mail reaches the desk from a mailbox.
 */
public enum MailProtocol {

	/** IMAP, upgraded to TLS with STARTTLS when the server offers it. */
	IMAP("imap", 143),
	/** IMAP over TLS. */
	IMAPS("imaps", 993),
	/** POP3, upgraded to TLS with STARTTLS when the server offers it. */
	POP3("pop3", 110),
	/** POP3 over TLS. */
	POP3S("pop3s", 995),
	/**
	 * Not polled: a mail server hands the mail over (SMTP receiver or HTTP gateway),
	 * addressed to the support address.
	 */
	DIRECT(null, 0);

	private final String store;

	private final int defaultPort;

	MailProtocol(String store, int defaultPort) {
		this.store = store;
		this.defaultPort = defaultPort;
	}

	/** The Jakarta Mail store protocol name, null for {@link #DIRECT}. */
	public String store() {
		return this.store;
	}

	public int defaultPort() {
		return this.defaultPort;
	}

	public boolean polled() {
		return this != DIRECT;
	}

	public boolean imap() {
		return this == IMAP || this == IMAPS;
	}

	public boolean pop3() {
		return this == POP3 || this == POP3S;
	}

}
