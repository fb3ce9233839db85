package org.tierdesk.channel.email;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.function.Predicate;
import java.util.function.Supplier;

import jakarta.mail.Address;
import jakarta.mail.BodyPart;
import jakarta.mail.Flags;
import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Session;
import jakarta.mail.Store;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;

/**
 * The real mail system that {@code .ci/mail-servers.sh} sets up on loopback, seen from a
 * mail client: Postfix takes mail on 127.0.0.1:25 and delivers it to the Maildirs of the
 * users {@code support} (support@tierdesk.test) and {@code customer}
 * (customer@customer.test); Dovecot serves them over IMAP on 127.0.0.1:143.
 */
final class LoopbackMailSystem {

	static final String HOST = "127.0.0.1";

	static final int SMTP_PORT = 25;

	static final int IMAP_PORT = 143;

	static final String SETUP_HINT = "set them up with 'sudo .ci/mail-servers.sh'";

	/** A mailbox on the IMAP server: its address, user name and password. */
	record Account(String address, String username, String password) {

		@Override
		public String toString() {
			// never the password
			return this.username + " <" + this.address + ">";
		}

	}

	static final Account SUPPORT = new Account("support@tierdesk.test", "support",
			env("TIERDESK_E2E_SUPPORT_PASSWORD", "support-password"));

	static final Account CUSTOMER = new Account("customer@customer.test", "customer",
			env("TIERDESK_E2E_CUSTOMER_PASSWORD", "customer-password"));

	private final Session session;

	LoopbackMailSystem() {
		Properties props = new Properties();
		props.setProperty("mail.smtp.host", HOST);
		props.setProperty("mail.smtp.port", String.valueOf(SMTP_PORT));
		props.setProperty("mail.smtp.localhost", "customer.test");
		props.setProperty("mail.imap.host", HOST);
		props.setProperty("mail.imap.port", String.valueOf(IMAP_PORT));
		for (String protocol : List.of("smtp", "imap")) {
			props.setProperty("mail." + protocol + ".connectiontimeout", "5000");
			props.setProperty("mail." + protocol + ".timeout", "10000");
		}
		this.session = Session.getInstance(props);
	}

	private static String env(String name, String fallback) {
		String value = System.getenv(name);
		return (value != null && !value.isBlank()) ? value : fallback;
	}

	/**
	 * Fails with what is missing unless Postfix answers and both IMAP accounts can sign
	 * in.
	 */
	void requireRunning() {
		try (Transport transport = this.session.getTransport("smtp")) {
			transport.connect();
		}
		catch (MessagingException ex) {
			throw new AssertionError("No SMTP server (Postfix) on " + HOST + ":" + SMTP_PORT + ": " + ex.getMessage()
					+ "; " + SETUP_HINT, ex);
		}
		for (Account account : List.of(SUPPORT, CUSTOMER)) {
			try (Store store = connect(account)) {
				store.getFolder("INBOX").exists();
			}
			catch (MessagingException ex) {
				throw new AssertionError("Cannot sign in to IMAP (Dovecot) on " + HOST + ":" + IMAP_PORT + " as "
						+ account + ": " + ex.getMessage() + "; " + SETUP_HINT, ex);
			}
		}
	}

	/** Hands a raw mail to Postfix for the given recipients, as a mail client would. */
	void send(byte[] raw, String... recipients) {
		try (Transport transport = this.session.getTransport("smtp")) {
			MimeMessage message = new MimeMessage(this.session, new ByteArrayInputStream(raw));
			Address[] to = new Address[recipients.length];
			for (int i = 0; i < recipients.length; i++) {
				to[i] = new InternetAddress(recipients[i]);
			}
			transport.connect();
			// sendMessage, not Transport.send: the message goes out as built, with its
			// own
			// Message-ID
			transport.sendMessage(message, to);
		}
		catch (MessagingException ex) {
			throw new AssertionError("Postfix did not take the mail: " + ex.getMessage(), ex);
		}
	}

	/** Deletes every mail in the account's inbox, so that a run starts from nothing. */
	void empty(Account account) {
		try (Store store = connect(account)) {
			Folder inbox = store.getFolder("INBOX");
			inbox.open(Folder.READ_WRITE);
			Message[] messages = inbox.getMessages();
			if (messages.length > 0) {
				inbox.setFlags(messages, new Flags(Flags.Flag.DELETED), true);
			}
			inbox.close(true);
		}
		catch (MessagingException ex) {
			throw new AssertionError("Cannot empty the inbox of " + account + ": " + ex.getMessage(), ex);
		}
	}

	/**
	 * The mails in the account's inbox, read without changing their flags (the desk may
	 * be polling the same inbox).
	 */
	List<MimeMessage> inbox(Account account) {
		try (Store store = connect(account)) {
			Folder inbox = store.getFolder("INBOX");
			inbox.open(Folder.READ_ONLY);
			List<MimeMessage> copies = new ArrayList<>();
			for (Message message : inbox.getMessages()) {
				copies.add(new MimeMessage((MimeMessage) message));
			}
			inbox.close(false);
			return copies;
		}
		catch (MessagingException ex) {
			throw new AssertionError("Cannot read the inbox of " + account + ": " + ex.getMessage(), ex);
		}
	}

	/** Whether the mail with this Message-ID is in the account's inbox, flagged seen. */
	boolean seen(Account account, String messageId) {
		try (Store store = connect(account)) {
			Folder inbox = store.getFolder("INBOX");
			inbox.open(Folder.READ_ONLY);
			boolean seen = false;
			for (Message message : inbox.getMessages()) {
				String[] ids = message.getHeader("Message-ID");
				if (ids != null && ids[0].strip().equals("<" + messageId + ">")) {
					seen = message.isSet(Flags.Flag.SEEN);
				}
			}
			inbox.close(false);
			return seen;
		}
		catch (MessagingException ex) {
			throw new AssertionError("Cannot read the inbox of " + account + ": " + ex.getMessage(), ex);
		}
	}

	/** Waits, at most {@code timeout}, for a mail in the account's inbox that matches. */
	MimeMessage awaitMail(Account account, String what, Duration timeout, Predicate<MimeMessage> matches) {
		return await(what + " in the inbox of " + account, timeout,
				() -> inbox(account).stream().filter(matches).findFirst());
	}

	private Store connect(Account account) throws MessagingException {
		Store store = this.session.getStore("imap");
		store.connect(HOST, IMAP_PORT, account.username(), account.password());
		return store;
	}

	/** Polls until the check has a value, for at most {@code timeout}. */
	static <T> T await(String what, Duration timeout, Supplier<Optional<T>> check) {
		Instant deadline = Instant.now().plus(timeout);
		while (true) {
			Optional<T> value = check.get();
			if (value.isPresent()) {
				return value.get();
			}
			if (Instant.now().isAfter(deadline)) {
				throw new AssertionError("Waited " + timeout.toSeconds() + " s for " + what + " in vain");
			}
			try {
				Thread.sleep(250);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				throw new AssertionError("Interrupted waiting for " + what, ex);
			}
		}
	}

	static String header(MimeMessage message, String name) {
		try {
			String value = message.getHeader(name, " ");
			return (value != null) ? value.replaceAll("\\s+", " ").strip() : null;
		}
		catch (MessagingException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/** The plain text of a mail (its text/plain parts). */
	static String text(MimeMessage message) {
		try {
			return text(message.getContent(), message.isMimeType("text/plain"));
		}
		catch (MessagingException | IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static String text(Object content, boolean plain) throws MessagingException, IOException {
		if (content instanceof String text) {
			return plain ? text : "";
		}
		if (content instanceof Multipart multipart) {
			StringBuilder text = new StringBuilder();
			for (int i = 0; i < multipart.getCount(); i++) {
				BodyPart part = multipart.getBodyPart(i);
				text.append(text(part.getContent(), part.isMimeType("text/plain")));
			}
			return text.toString();
		}
		return "";
	}

	static String subject(MimeMessage message) {
		try {
			String subject = message.getSubject();
			return (subject != null) ? subject : "";
		}
		catch (MessagingException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
