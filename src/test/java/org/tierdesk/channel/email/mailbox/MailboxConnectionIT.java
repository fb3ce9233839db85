package org.tierdesk.channel.email.mailbox;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import com.icegreen.greenmail.user.GreenMailUser;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.tierdesk.platform.InvalidInputException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * "Test connection" against real servers gives a clear answer: how many messages wait, or
 * what is wrong (password, host, port, silence, TLS, folder), never the secret.
 */
@MailboxTestApplication
class MailboxConnectionIT {

	static TestMailServer mail;

	@Autowired
	MailboxManagement mailboxes;

	@Autowired
	MessageSource messages;

	final List<Long> created = new ArrayList<>();

	@BeforeAll
	static void startMailServer() {
		mail = new TestMailServer();
	}

	@AfterAll
	static void stopMailServer() {
		mail.close();
	}

	@AfterEach
	void cleanUp() {
		this.created.forEach(this.mailboxes::delete);
	}

	static SaveMailboxCommand settings(MailProtocol protocol, String host, int port, String username, String secret,
			String folder) {
		return new SaveMailboxCommand("Connection test", protocol, host, port, username, MailAuthMethod.PASSWORD,
				secret, folder, null, null, null, null, "connection-test@desk.test", false, null);
	}

	String english(ConnectionCheck check) {
		return this.messages.getMessage(check.messageKey(), check.args(), Locale.ENGLISH);
	}

	@Test
	void shouldCountTheMessagesWaiting() {
		GreenMailUser user = mail.newUser();
		mail.deliver(user, "One", "1");
		mail.deliver(user, "Two", "2");
		ConnectionCheck imap = this.mailboxes.testConnection(
				settings(MailProtocol.IMAP, "127.0.0.1", mail.imapPort(), user.getLogin(), user.getPassword(), null),
				null);
		assertThat(imap.ok()).isTrue();
		assertThat(imap.waiting()).isEqualTo(2);
		assertThat(english(imap)).isEqualTo("Connected. 2 messages are waiting in INBOX.");

		ConnectionCheck pop3 = this.mailboxes.testConnection(
				settings(MailProtocol.POP3, "127.0.0.1", mail.pop3Port(), user.getLogin(), user.getPassword(), null),
				null);
		assertThat(pop3.ok()).isTrue();
		assertThat(pop3.waiting()).isEqualTo(2);
		// testing took nothing away
		assertThat(mail.inbox(user)).hasSize(2).allMatch((m) -> !m.isSet(jakarta.mail.Flags.Flag.SEEN));
	}

	@Test
	void shouldSignInWithAnOAuth2AccessToken() {
		GreenMailUser user = mail.newUser();
		SaveMailboxCommand oauth = new SaveMailboxCommand("OAuth", MailProtocol.IMAP, "127.0.0.1", mail.imapPort(),
				user.getLogin(), MailAuthMethod.OAUTH2, user.getPassword(), null, null, null, null, null,
				"oauth@desk.test", false, null);
		assertThat(this.mailboxes.testConnection(oauth, null).ok()).isTrue();
		SaveMailboxCommand expired = new SaveMailboxCommand("OAuth", MailProtocol.IMAP, "127.0.0.1", mail.imapPort(),
				user.getLogin(), MailAuthMethod.OAUTH2, "expired-token", null, null, null, null, null,
				"oauth@desk.test", false, null);
		assertThat(this.mailboxes.testConnection(expired, null).problem())
			.isEqualTo(MailboxProblem.AUTHENTICATION_FAILED);
	}

	@Test
	void shouldSayThePasswordIsWrongWithoutRepeatingIt() {
		GreenMailUser user = mail.newUser();
		ConnectionCheck check = this.mailboxes.testConnection(
				settings(MailProtocol.IMAP, "127.0.0.1", mail.imapPort(), user.getLogin(), "Wrong-Passw0rd!", null),
				null);
		assertThat(check.ok()).isFalse();
		assertThat(check.problem()).isEqualTo(MailboxProblem.AUTHENTICATION_FAILED);
		assertThat(check.detail()).doesNotContain("Wrong-Passw0rd!");
		assertThat(english(check)).contains("user name or password");
		assertThat(this.messages.getMessage(check.messageKey(), check.args(), Locale.forLanguageTag("nl")))
			.contains("wachtwoord");

		ConnectionCheck pop3 = this.mailboxes.testConnection(
				settings(MailProtocol.POP3, "127.0.0.1", mail.pop3Port(), user.getLogin(), "Wrong-Passw0rd!", null),
				null);
		assertThat(pop3.problem()).isEqualTo(MailboxProblem.AUTHENTICATION_FAILED);
	}

	@Test
	void shouldSayTheHostIsUnknown() {
		ConnectionCheck check = this.mailboxes
			.testConnection(settings(MailProtocol.IMAP, "no-such-host.invalid", 143, "u", "p", null), null);
		assertThat(check.problem()).isEqualTo(MailboxProblem.UNKNOWN_HOST);
		assertThat(english(check)).contains("no-such-host.invalid");
	}

	@Test
	void shouldSayNothingListensOnThePort() throws Exception {
		int port;
		try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
			port = socket.getLocalPort();
		}
		ConnectionCheck check = this.mailboxes
			.testConnection(settings(MailProtocol.IMAP, "127.0.0.1", port, "u", "p", null), null);
		assertThat(check.problem()).isEqualTo(MailboxProblem.CONNECTION_REFUSED);
		assertThat(english(check)).contains("127.0.0.1").contains(String.valueOf(port));
	}

	@Test
	void shouldGiveUpOnAServerThatNeverAnswers() throws Exception {
		try (MailServerProxy silent = new MailServerProxy(mail.imapPort())) {
			silent.silent(true);
			long start = System.nanoTime();
			ConnectionCheck check = this.mailboxes
				.testConnection(settings(MailProtocol.IMAP, "127.0.0.1", silent.port(), "u", "p", null), null);
			assertThat(check.problem()).isEqualTo(MailboxProblem.TIMEOUT);
			assertThat((System.nanoTime() - start) / 1_000_000_000).isLessThan(15);
		}
	}

	@Test
	void shouldSayTheCertificateIsNotTrusted() {
		GreenMailUser user = mail.newUser();
		ConnectionCheck check = this.mailboxes.testConnection(
				settings(MailProtocol.IMAPS, "127.0.0.1", mail.imapsPort(), user.getLogin(), user.getPassword(), null),
				null);
		assertThat(check.problem()).isEqualTo(MailboxProblem.TLS_FAILURE);
		assertThat(english(check)).contains("TLS");
	}

	@Test
	void shouldSayTheFolderDoesNotExist() {
		GreenMailUser user = mail.newUser();
		ConnectionCheck check = this.mailboxes.testConnection(settings(MailProtocol.IMAP, "127.0.0.1", mail.imapPort(),
				user.getLogin(), user.getPassword(), "Support/Incoming"), null);
		assertThat(check.problem()).isEqualTo(MailboxProblem.FOLDER_NOT_FOUND);
		assertThat(english(check)).contains("Support/Incoming");
	}

	@Test
	void shouldTestASavedMailboxWithItsStoredSecretOnlyOnTheSameServer() {
		GreenMailUser user = mail.newUser();
		MailboxView saved = this.mailboxes.create(new SaveMailboxCommand("Saved " + user.getLogin(), MailProtocol.IMAP,
				"127.0.0.1", mail.imapPort(), user.getLogin(), MailAuthMethod.PASSWORD, user.getPassword(), null, null,
				null, null, null, "saved-" + user.getEmail(), false, null));
		this.created.add(saved.id());
		assertThat(this.mailboxes.testConnection(saved.id()).ok()).isTrue();
		// the form without a new secret: the stored one is used for the same server
		assertThat(this.mailboxes
			.testConnection(settings(MailProtocol.IMAP, "127.0.0.1", mail.imapPort(), user.getLogin(), "", null),
					saved.id())
			.ok()).isTrue();
		// but never sent to another server
		assertThatExceptionOfType(InvalidInputException.class).isThrownBy(() -> this.mailboxes.testConnection(
				settings(MailProtocol.IMAP, "elsewhere.test", mail.imapPort(), user.getLogin(), "", null), saved.id()))
			.satisfies((ex) -> assertThat(ex.getField()).isEqualTo("secret"));
	}

	@Test
	void shouldHaveNothingToTestForDirectDelivery() {
		ConnectionCheck check = this.mailboxes.testConnection(settings(MailProtocol.DIRECT, null, 0, null, null, null),
				null);
		assertThat(check.ok()).isTrue();
		assertThat(check.direct()).isTrue();
	}

}
