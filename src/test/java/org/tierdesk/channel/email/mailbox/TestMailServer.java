package org.tierdesk.channel.email.mailbox;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import com.icegreen.greenmail.store.FolderException;
import com.icegreen.greenmail.store.StoredMessage;
import com.icegreen.greenmail.user.GreenMailUser;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Flags;

/**
 * GreenMail with IMAP, IMAPS, POP3 and POP3S on free ports, mailbox users made up per
 * test, and a look at the flags of what the server holds.
 */
public final class TestMailServer implements AutoCloseable {

	private static final AtomicInteger USERS = new AtomicInteger();

	private final GreenMail greenMail;

	public TestMailServer() {
		this.greenMail = new GreenMail(
				ServerSetup.dynamicPort(new ServerSetup[] { new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_IMAP),
						new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_IMAPS),
						new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_POP3),
						new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_POP3S) }));
		this.greenMail.start();
	}

	public int imapPort() {
		return this.greenMail.getImap().getPort();
	}

	public int imapsPort() {
		return this.greenMail.getImaps().getPort();
	}

	public int pop3Port() {
		return this.greenMail.getPop3().getPort();
	}

	/** A new mailbox account; the password is {@code secret-<login>}. */
	public GreenMailUser newUser() {
		String login = "desk" + USERS.incrementAndGet() + "-" + UUID.randomUUID().toString().substring(0, 6);
		return this.greenMail.setUser(login + "@mail.test", login, "secret-" + login);
	}

	/** A mail put in a mailbox: its Message-ID (without brackets) and its sender. */
	public record Delivered(String messageId, String sender, String subject) {
	}

	/** Puts a mail from a sender of its own in the user's INBOX. */
	public Delivered deliver(GreenMailUser user, String subject, String body) {
		String messageId = UUID.randomUUID() + "@customer.test";
		String sender = "casey-" + messageId.substring(0, 8) + "@customer.test";
		deliverRaw(user, """
				From: Casey Customer <%s>
				To: %s
				Subject: %s
				Message-ID: <%s>
				Date: Mon, 23 Nov 2026 10:00:00 +0000
				MIME-Version: 1.0
				Content-Type: text/plain; charset=UTF-8

				%s
				""".formatted(sender, user.getEmail(), subject, messageId, body).replace("\n", "\r\n"));
		return new Delivered(messageId, sender, subject);
	}

	public void deliverRaw(GreenMailUser user, String raw) {
		deliverRaw(user, raw.getBytes(StandardCharsets.UTF_8));
	}

	public void deliverRaw(GreenMailUser user, byte[] raw) {
		user.deliver(GreenMailUtil.newMimeMessage(new ByteArrayInputStream(raw)));
	}

	/** The messages in the user's INBOX with their flags. */
	public List<StoredMessage> inbox(GreenMailUser user) {
		try {
			return this.greenMail.getManagers().getImapHostManager().getInbox(user).getMessages();
		}
		catch (FolderException ex) {
			throw new IllegalStateException(ex);
		}
	}

	public long count(GreenMailUser user, Flags.Flag flag, boolean set) {
		return inbox(user).stream().filter((message) -> message.isSet(flag) == set).count();
	}

	@Override
	public void close() {
		this.greenMail.stop();
	}

}
