package org.tierdesk.channel.email.mailbox.domain;

import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.mail.Flags;
import jakarta.mail.Folder;
import jakarta.mail.FolderNotFoundException;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Store;
import jakarta.mail.search.AndTerm;
import jakarta.mail.search.FlagTerm;
import jakarta.mail.search.SearchTerm;

import org.springframework.stereotype.Component;
import org.tierdesk.channel.email.mailbox.ConnectionCheck;
import org.tierdesk.channel.email.mailbox.MailAuthMethod;
import org.tierdesk.channel.email.mailbox.MailProtocol;
import org.tierdesk.channel.email.mailbox.MailboxProperties;

/**
 * Connects to IMAP and POP3 servers with Jakarta Mail: timeouts on connect and read so a
 * dead server never holds a thread, STARTTLS when a plain server offers it, the server's
 * certificate and name checked, XOAUTH2 for access tokens, and messages fetched without
 * marking them seen (the poller flags them itself once their ticket is committed).
 */
@Component
class MailServers {

	/** Messages an IMAP poll takes: neither seen nor deleted. */
	static final SearchTerm WAITING = new AndTerm(new FlagTerm(new Flags(Flags.Flag.SEEN), false),
			new FlagTerm(new Flags(Flags.Flag.DELETED), false));

	private final MailboxProperties properties;

	/** Sessions by their settings (no secrets: those are given at connect). */
	private final Map<String, Session> sessions = new ConcurrentHashMap<>();

	MailServers(MailboxProperties properties) {
		this.properties = properties;
	}

	Session session(PollTarget target) {
		String p = target.protocol().store();
		Properties props = new Properties();
		props.setProperty("mail.store.protocol", p);
		props.setProperty("mail." + p + ".connectiontimeout",
				String.valueOf(this.properties.connectTimeout().toMillis()));
		props.setProperty("mail." + p + ".timeout", String.valueOf(this.properties.readTimeout().toMillis()));
		props.setProperty("mail." + p + ".writetimeout", String.valueOf(this.properties.readTimeout().toMillis()));
		props.setProperty("mail." + p + ".ssl.checkserveridentity", "true");
		if (target.protocol() == MailProtocol.IMAP || target.protocol() == MailProtocol.POP3) {
			props.setProperty("mail." + p + ".starttls.enable", "true");
		}
		if (target.protocol().imap()) {
			props.setProperty("mail." + p + ".peek", "true");
			props.setProperty("mail." + p + ".fetchsize", "65536");
		}
		if (target.authMethod() == MailAuthMethod.OAUTH2) {
			props.setProperty("mail." + p + ".auth.mechanisms", "XOAUTH2");
		}
		// a Session reads its provider and address-map resources from every jar when it
		// is
		// made: one per set of settings (a handful: protocol and sign-in kind) instead of
		// one per poll
		return this.sessions.computeIfAbsent(new TreeMap<>(props).toString(), (key) -> Session.getInstance(props));
	}

	Store connect(PollTarget target) throws MessagingException {
		Store store = session(target).getStore(target.protocol().store());
		store.connect(target.host(), target.port(), target.username(), target.secret());
		return store;
	}

	/** Signs in, opens the folder read-only and counts the messages a poll would take. */
	ConnectionCheck check(PollTarget target) {
		if (!target.protocol().polled()) {
			return ConnectionCheck.forDirect();
		}
		boolean connected = false;
		try (Store store = connect(target)) {
			connected = true;
			Folder folder = store.getFolder(target.folder());
			if (!folder.exists()) {
				throw new FolderNotFoundException(folder, target.folder());
			}
			folder.open(Folder.READ_ONLY);
			try {
				int waiting = target.protocol().imap() ? folder.search(WAITING).length : folder.getMessageCount();
				return ConnectionCheck.ok(waiting, target.host(), target.port(), target.folder());
			}
			finally {
				folder.close(false);
			}
		}
		catch (MessagingException | RuntimeException ex) {
			MailProblems.Diagnosis diagnosis = MailProblems.diagnose(ex, connected, target.secret());
			return ConnectionCheck.failed(diagnosis.problem(), diagnosis.detail(), target.host(), target.port(),
					target.folder());
		}
	}

}
