package org.tierdesk.channel.email.mailbox;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

import com.icegreen.greenmail.user.GreenMailUser;
import jakarta.mail.Flags;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.tierdesk.channel.email.MailIntake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Polling real IMAP and POP3 servers (GreenMail): mail becomes tickets, is flagged or
 * deleted on the server only after its ticket is committed, stays on the server when the
 * intake cannot take it, and survives a connection that breaks mid-fetch.
 */
@MailboxTestApplication
class MailboxPollingIT {

	static final Duration WAIT = Duration.ofSeconds(20);

	static TestMailServer mail;

	@Autowired
	MailboxManagement mailboxes;

	@Autowired
	MailIntake intake;

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
		control().reset();
		this.created.forEach(this.mailboxes::delete);
	}

	ControllableIntake control() {
		return (ControllableIntake) this.intake;
	}

	MailboxView mailbox(MailProtocol protocol, int port, GreenMailUser user, AfterProcessing after) {
		MailboxView mailbox = this.mailboxes.create(new SaveMailboxCommand("Polling " + user.getLogin(), protocol,
				"127.0.0.1", port, user.getLogin(), MailAuthMethod.PASSWORD, user.getPassword(), null, 60, after, null,
				null, "help-" + user.getEmail(), true, null));
		this.created.add(mailbox.id());
		return mailbox;
	}

	@Test
	void shouldFlagImapMailSeenOnlyAfterTheIntakeReturned() {
		GreenMailUser user = mail.newUser();
		String first = mail.deliver(user, "Printer on fire", "Third floor, please hurry.");
		String second = mail.deliver(user, "VPN down", "Since this morning.");
		AtomicLong seenWhileReceiving = new AtomicLong(-1);
		control().before(
				(incoming) -> seenWhileReceiving.accumulateAndGet(mail.count(user, Flags.Flag.SEEN, true), Math::max));

		MailboxView mailbox = mailbox(MailProtocol.IMAP, mail.imapPort(), user, null);

		await().atMost(WAIT).until(() -> mail.count(user, Flags.Flag.SEEN, true) == 2);
		assertThat(control().receivedFor(mailbox.id())).extracting(ControllableIntake.Received::messageId)
			.containsExactly(first, second);
		// when the intake got the second mail, only the first was flagged
		assertThat(seenWhileReceiving.get()).isEqualTo(1);
		assertThat(mail.inbox(user)).hasSize(2);
		await().atMost(WAIT).untilAsserted(() -> {
			MailboxStatus status = this.mailboxes.mailbox(mailbox.id()).orElseThrow().status();
			assertThat(status.lastSuccessAt()).isNotNull();
			assertThat(status.receivedCount()).isEqualTo(2);
			assertThat(status.failing()).isFalse();
			assertThat(status.leaseOwner()).isNull();
		});
	}

	@Test
	void shouldDeleteImapMailAfterTheIntakeReturnedWhenConfigured() {
		GreenMailUser user = mail.newUser();
		String messageId = mail.deliver(user, "Delete me after", "Thanks.");
		AtomicReference<Integer> onServerWhileReceiving = new AtomicReference<>();
		control().before((incoming) -> onServerWhileReceiving.set(mail.inbox(user).size()));

		MailboxView mailbox = mailbox(MailProtocol.IMAP, mail.imapPort(), user, AfterProcessing.DELETE);

		await().atMost(WAIT).until(() -> mail.inbox(user).isEmpty());
		assertThat(onServerWhileReceiving.get()).isEqualTo(1);
		assertThat(control().receivedFor(mailbox.id())).extracting(ControllableIntake.Received::messageId)
			.containsExactly(messageId);
	}

	@Test
	void shouldDeletePop3MailOnlyAfterTheIntakeReturned() {
		GreenMailUser user = mail.newUser();
		String first = mail.deliver(user, "POP one", "1");
		String second = mail.deliver(user, "POP two", "2");
		AtomicReference<Integer> onServerWhileReceiving = new AtomicReference<>();
		control().before((incoming) -> onServerWhileReceiving.set(mail.inbox(user).size()));

		MailboxView mailbox = mailbox(MailProtocol.POP3, mail.pop3Port(), user, null);

		await().atMost(WAIT).until(() -> mail.inbox(user).isEmpty());
		assertThat(onServerWhileReceiving.get()).isEqualTo(2);
		assertThat(control().receivedFor(mailbox.id())).extracting(ControllableIntake.Received::messageId)
			.containsExactly(first, second);
	}

	@Test
	void shouldLeaveMailOnTheServerWhenTheIntakeCannotTakeIt() {
		GreenMailUser imapUser = mail.newUser();
		GreenMailUser popUser = mail.newUser();
		String imapMail = mail.deliver(imapUser, "Kept on IMAP", "x");
		String popMail = mail.deliver(popUser, "Kept on POP3", "y");
		control().failing(true);

		MailboxView imap = mailbox(MailProtocol.IMAP, mail.imapPort(), imapUser, null);
		MailboxView pop = mailbox(MailProtocol.POP3, mail.pop3Port(), popUser, null);

		await().atMost(WAIT).untilAsserted(() -> {
			assertThat(this.mailboxes.mailbox(imap.id()).orElseThrow().status().lastError())
				.isEqualTo(MailboxProblem.INTAKE_FAILED);
			assertThat(this.mailboxes.mailbox(pop.id()).orElseThrow().status().lastError())
				.isEqualTo(MailboxProblem.INTAKE_FAILED);
		});
		assertThat(mail.count(imapUser, Flags.Flag.SEEN, false)).isEqualTo(1);
		assertThat(mail.inbox(popUser)).hasSize(1);
		assertThat(this.mailboxes.mailbox(imap.id()).orElseThrow().status().failing()).isTrue();

		control().failing(false);
		this.mailboxes.pollSoon(imap.id());
		this.mailboxes.pollSoon(pop.id());
		await().atMost(WAIT)
			.until(() -> mail.count(imapUser, Flags.Flag.SEEN, true) == 1 && mail.inbox(popUser).isEmpty());
		assertThat(control().receivedFor(imap.id())).extracting(ControllableIntake.Received::messageId)
			.containsExactly(imapMail);
		assertThat(control().receivedFor(pop.id())).extracting(ControllableIntake.Received::messageId)
			.containsExactly(popMail);
		await().atMost(WAIT)
			.untilAsserted(
					() -> assertThat(this.mailboxes.mailbox(imap.id()).orElseThrow().status().failing()).isFalse());
	}

	@Test
	void shouldKeepWhatWasCommittedWhenTheConnectionBreaksMidFetch() throws Exception {
		GreenMailUser user = mail.newUser();
		String first = mail.deliver(user, "Before the break", "1");
		String second = mail.deliver(user, "After the break", "2");
		try (MailServerProxy proxy = new MailServerProxy(mail.imapPort())) {
			// the server goes away right after the first mail's ticket is committed
			AtomicLong calls = new AtomicLong();
			control().after((done) -> {
				if (calls.incrementAndGet() == 1) {
					proxy.cutAll();
				}
			});

			MailboxView mailbox = mailbox(MailProtocol.IMAP, proxy.port(), user, null);

			await().atMost(WAIT)
				.until(() -> this.mailboxes.mailbox(mailbox.id()).orElseThrow().status().lastError() != null);
			MailboxStatus status = this.mailboxes.mailbox(mailbox.id()).orElseThrow().status();
			assertThat(status.lastError()).isEqualTo(MailboxProblem.CONNECTION_LOST);
			assertThat(status.lastErrorDetail()).isNotBlank();
			assertThat(status.lastPollCount()).isEqualTo(1);
			assertThat(mail.count(user, Flags.Flag.SEEN, true)).isZero();

			this.mailboxes.pollSoon(mailbox.id());
			await().atMost(WAIT).until(() -> mail.count(user, Flags.Flag.SEEN, true) == 2);
			// the first mail could not be flagged before the break, so it came again
			assertThat(control().receivedFor(mailbox.id())).extracting(ControllableIntake.Received::messageId)
				.containsExactly(first, first, second);
		}
	}

}
