package org.tierdesk.channel.email.mailbox;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

import com.icegreen.greenmail.user.GreenMailUser;
import jakarta.mail.Flags;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.tierdesk.channel.email.IntakeOutcome;
import org.tierdesk.channel.email.TestMails;
import org.tierdesk.channel.email.MailIntake;
import org.tierdesk.channel.email.mailbox.ControllableIntake.Received;
import org.tierdesk.channel.email.mailbox.TestMailServer.Delivered;
import org.tierdesk.desk.DepartmentView;
import org.tierdesk.desk.DeskManagement;
import org.tierdesk.support.ApiClient;
import org.tierdesk.support.DatabaseInitializers;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Polling real IMAP and POP3 servers (GreenMail) through the real intake: mail becomes
 * tickets in the mailbox's department, is flagged or deleted on the server only after its
 * ticket is committed, stays on the server when the intake cannot take it, and a
 * connection that breaks mid-fetch loses and duplicates nothing.
 */
@MailboxTestApplication
class MailboxPollingIT {

	static final Duration WAIT = Duration.ofSeconds(30);

	static TestMailServer mail;

	@LocalServerPort
	int port;

	@Autowired
	MailboxManagement mailboxes;

	@Autowired
	DeskManagement desk;

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
		return ControllableIntakeConfiguration.Controllable.of(this.intake);
	}

	MailboxView mailbox(MailProtocol protocol, int port, GreenMailUser user, AfterProcessing after, Long department) {
		MailboxView mailbox = this.mailboxes.create(new SaveMailboxCommand("Polling " + user.getLogin(), protocol,
				"127.0.0.1", port, user.getLogin(), MailAuthMethod.PASSWORD, user.getPassword(), null, 60, after,
				department, null, "help-" + user.getEmail(), true, null));
		this.created.add(mailbox.id());
		return mailbox;
	}

	/** The tickets of a requester, through the API as an agent would see them. */
	List<JsonNode> tickets(String requester) {
		ApiClient api = ApiClient.basic(this.port, "admin", DatabaseInitializers.ADMIN_PASSWORD);
		ApiClient.Response response = api.get("/api/v1/tickets?status=all&requester=" + requester);
		assertThat(response.status()).as(response.body()).isEqualTo(200);
		List<JsonNode> items = new ArrayList<>();
		response.json().get("items").forEach(items::add);
		return items;
	}

	MailboxStatus status(MailboxView mailbox) {
		return this.mailboxes.mailbox(mailbox.id()).orElseThrow().status();
	}

	@Test
	void shouldTurnImapMailIntoTicketsAndFlagItSeenOnlyAfterTheTicketIsCommitted() {
		GreenMailUser user = mail.newUser();
		Delivered first = mail.deliver(user, "Printer on fire", "Third floor, please hurry.");
		Delivered second = mail.deliver(user, "VPN down", "Since this morning.");
		DepartmentView department = this.desk.addDepartment("Mailroom " + user.getLogin());
		// what the server and the desk look like at the moment the intake has returned
		List<String> atReturn = new CopyOnWriteArrayList<>();
		control().after((done) -> atReturn.add(done.messageId() + " tickets="
				+ tickets(done.messageId().equals(first.messageId()) ? first.sender() : second.sender()).size()
				+ " seen=" + mail.count(user, Flags.Flag.SEEN, true)));

		MailboxView mailbox = mailbox(MailProtocol.IMAP, mail.imapPort(), user, null, department.id());

		await().atMost(WAIT).until(() -> mail.count(user, Flags.Flag.SEEN, true) == 2);
		// committed when the intake returned, flagged after that (the two may be taken in
		// at the same time: they share no conversation)
		assertThat(atReturn).containsExactlyInAnyOrder(first.messageId() + " tickets=1 seen=0",
				second.messageId() + " tickets=1 seen=0");
		JsonNode ticket = tickets(first.sender()).get(0);
		assertThat(ticket.get("subject").asString()).isEqualTo("Printer on fire");
		assertThat(ticket.get("channel").asString()).isEqualTo("email");
		assertThat(ticket.get("department").asString()).isEqualTo(department.name());
		assertThat(tickets(second.sender())).extracting((t) -> t.get("subject").asString()).containsExactly("VPN down");
		assertThat(mail.inbox(user)).hasSize(2);
		await().atMost(WAIT).untilAsserted(() -> {
			MailboxStatus status = status(mailbox);
			assertThat(status.lastSuccessAt()).isNotNull();
			assertThat(status.receivedCount()).isEqualTo(2);
			assertThat(status.failing()).isFalse();
			assertThat(status.leaseOwner()).isNull();
		});
	}

	@Test
	void shouldDeleteImapMailOnlyAfterTheTicketIsCommittedWhenConfigured() {
		GreenMailUser user = mail.newUser();
		Delivered delivered = mail.deliver(user, "Delete me after", "Thanks.");
		List<String> atReturn = new CopyOnWriteArrayList<>();
		control().after((done) -> atReturn
			.add("tickets=" + tickets(delivered.sender()).size() + " onServer=" + mail.inbox(user).size()));

		mailbox(MailProtocol.IMAP, mail.imapPort(), user, AfterProcessing.DELETE, null);

		await().atMost(WAIT).until(() -> mail.inbox(user).isEmpty());
		assertThat(atReturn).containsExactly("tickets=1 onServer=1");
		assertThat(tickets(delivered.sender())).hasSize(1);
	}

	@Test
	void shouldTurnPop3MailIntoTicketsAndDeleteItOnlyAfterTheTicketsAreCommitted() {
		GreenMailUser user = mail.newUser();
		Delivered first = mail.deliver(user, "POP one", "1");
		Delivered second = mail.deliver(user, "POP two", "2");
		List<String> atReturn = new CopyOnWriteArrayList<>();
		control().after((done) -> atReturn.add(done.messageId() + " tickets="
				+ tickets(done.messageId().equals(first.messageId()) ? first.sender() : second.sender()).size()
				+ " onServer=" + mail.inbox(user).size()));

		MailboxView mailbox = mailbox(MailProtocol.POP3, mail.pop3Port(), user, null, null);

		await().atMost(WAIT).until(() -> mail.inbox(user).isEmpty());
		assertThat(atReturn).containsExactlyInAnyOrder(first.messageId() + " tickets=1 onServer=2",
				second.messageId() + " tickets=1 onServer=2");
		assertThat(tickets(first.sender())).extracting((t) -> t.get("subject").asString()).containsExactly("POP one");
		assertThat(tickets(second.sender())).extracting((t) -> t.get("subject").asString()).containsExactly("POP two");
		assertThat(this.mailboxes.mailbox(mailbox.id()).orElseThrow().afterProcessing())
			.isEqualTo(AfterProcessing.DELETE);
	}

	@Test
	void shouldLeaveMailOnTheServerWhenTheIntakeCannotTakeIt() {
		GreenMailUser imapUser = mail.newUser();
		GreenMailUser popUser = mail.newUser();
		Delivered imapMail = mail.deliver(imapUser, "Kept on IMAP", "x");
		Delivered popMail = mail.deliver(popUser, "Kept on POP3", "y");
		control().failing(true);

		MailboxView imap = mailbox(MailProtocol.IMAP, mail.imapPort(), imapUser, null, null);
		MailboxView pop = mailbox(MailProtocol.POP3, mail.pop3Port(), popUser, null, null);

		await().atMost(WAIT).untilAsserted(() -> {
			assertThat(status(imap).lastError()).isEqualTo(MailboxProblem.INTAKE_FAILED);
			assertThat(status(pop).lastError()).isEqualTo(MailboxProblem.INTAKE_FAILED);
		});
		assertThat(status(imap).failing()).isTrue();
		assertThat(mail.count(imapUser, Flags.Flag.SEEN, false)).isEqualTo(1);
		assertThat(mail.inbox(popUser)).hasSize(1);
		assertThat(tickets(imapMail.sender())).isEmpty();

		control().failing(false);
		this.mailboxes.pollSoon(imap.id());
		this.mailboxes.pollSoon(pop.id());
		await().atMost(WAIT)
			.until(() -> mail.count(imapUser, Flags.Flag.SEEN, true) == 1 && mail.inbox(popUser).isEmpty());
		assertThat(tickets(imapMail.sender())).hasSize(1);
		assertThat(tickets(popMail.sender())).hasSize(1);
		await().atMost(WAIT).untilAsserted(() -> assertThat(status(imap).failing()).isFalse());
	}

	@Test
	void shouldLoseAndDuplicateNothingWhenTheConnectionBreaksMidFetch() throws Exception {
		GreenMailUser user = mail.newUser();
		Delivered first = mail.deliver(user, "Before the break", "1");
		Delivered second = mail.deliver(user, "After the break", "2");
		try (MailServerProxy proxy = new MailServerProxy(mail.imapPort())) {
			// the server goes away right after the first mail's ticket is committed
			AtomicInteger calls = new AtomicInteger();
			control().after((done) -> {
				if (calls.incrementAndGet() == 1) {
					proxy.cutAll();
				}
			});

			MailboxView mailbox = mailbox(MailProtocol.IMAP, proxy.port(), user, null, null);

			await().atMost(WAIT).until(() -> status(mailbox).lastError() != null);
			MailboxStatus status = status(mailbox);
			assertThat(status.lastError()).isEqualTo(MailboxProblem.CONNECTION_LOST);
			assertThat(status.lastErrorDetail()).isNotBlank();
			// the second mail may have been fetched before the break and taken in after
			// it
			assertThat(status.lastPollCount()).isBetween(1, 2);
			assertThat(mail.count(user, Flags.Flag.SEEN, true)).isZero();

			this.mailboxes.pollSoon(mailbox.id());
			await().atMost(WAIT).until(() -> mail.count(user, Flags.Flag.SEEN, true) == 2);
			// what was committed could not be flagged before the break, so it came again
			// and was recognised; each mail opened one ticket
			List<Received> received = control().receivedFor(mailbox.id());
			assertThat(received).filteredOn((r) -> r.result().outcome() == IntakeOutcome.OPENED)
				.extracting(Received::messageId)
				.containsExactlyInAnyOrder(first.messageId(), second.messageId());
			assertThat(received).filteredOn((r) -> r.result().outcome() == IntakeOutcome.DUPLICATE)
				.extracting(Received::messageId)
				.contains(first.messageId());
			assertThat(received).extracting((r) -> r.result().outcome())
				.containsOnly(IntakeOutcome.OPENED, IntakeOutcome.DUPLICATE);
			assertThat(tickets(first.sender())).hasSize(1);
			assertThat(tickets(second.sender())).hasSize(1);
		}
	}

	@Test
	void shouldTakeMailInParallelButAConversationInTheMailboxsOrder() {
		GreenMailUser user = mail.newUser();
		String original = TestMails.newMessageId();
		String customer = "chain-" + user.getLogin() + "@customer.test";
		deliver(user,
				TestMails.from("Chris Customer <" + customer + ">")
					.subject("Laptop will not boot")
					.messageId(original)
					.text("It shows a black screen."));
		// a colleague answers the original, another copies its thread, the original comes
		// twice, and strangers write about other things in between
		List<String> others = new ArrayList<>();
		for (int i = 0; i < 6; i++) {
			others.add(mail.deliver(user, "Unrelated " + i, "Something else " + i).sender());
		}
		deliver(user,
				TestMails.from("Colleague <colleague-" + user.getLogin() + "@customer.test>")
					.subject("Re: Laptop will not boot")
					.header("In-Reply-To", "<" + original + ">")
					.text("Mine too since the update."));
		deliver(user,
				TestMails.from("Boss <boss-" + user.getLogin() + "@customer.test>")
					.subject("AW: Laptop will not boot")
					.header("References", "<" + original + ">")
					.text("Please hurry."));
		deliver(user,
				TestMails.from("Chris Customer <" + customer + ">")
					.subject("Laptop will not boot")
					.messageId(original)
					.text("It shows a black screen."));
		Set<String> threads = java.util.concurrent.ConcurrentHashMap.newKeySet();
		control().after((done) -> threads.add(done.threadName()));

		MailboxView mailbox = mailbox(MailProtocol.IMAP, mail.imapPort(), user, null, null);

		await().atMost(WAIT).until(() -> mail.count(user, Flags.Flag.SEEN, true) == 10);
		List<Received> received = control().receivedFor(mailbox.id());
		assertThat(received).hasSize(10);
		List<JsonNode> chain = tickets(customer);
		assertThat(chain).hasSize(1);
		ApiClient api = ApiClient.basic(this.port, "admin", DatabaseInitializers.ADMIN_PASSWORD);
		JsonNode messages = api.get("/api/v1/tickets/" + chain.get(0).get("number").asString() + "/messages").json();
		// the conversation in the mailbox's order, whatever ran beside it
		assertThat(messages).extracting((m) -> m.get("bodyText").asString().strip())
			.containsExactly("It shows a black screen.", "Mine too since the update.", "Please hurry.");
		assertThat(received).filteredOn((r) -> original.equals(r.messageId()))
			.extracting((r) -> r.result().outcome())
			.containsExactly(IntakeOutcome.OPENED, IntakeOutcome.DUPLICATE);
		for (String other : others) {
			assertThat(tickets(other)).hasSize(1);
		}
		assertThat(threads).allMatch((name) -> name.startsWith("mail-intake-")).hasSizeGreaterThan(1);
	}

	/** Puts the mail into the user's inbox, addressed to them. */
	static void deliver(GreenMailUser user, TestMails message) {
		mail.deliverRaw(user, message.header("To", user.getEmail()).bytes());
	}

	@Test
	void shouldTakeALargeMailWithItsAttachment() {
		GreenMailUser user = mail.newUser();
		String sender = "big-" + user.getLogin() + "@customer.test";
		StringBuilder raw = new StringBuilder("From: <" + sender + ">\r\nTo: " + user.getEmail()
				+ "\r\nSubject: Big log file\r\nMessage-ID: <big-" + user.getLogin()
				+ "@customer.test>\r\nMIME-Version: 1.0\r\nContent-Type: multipart/mixed; boundary=b\r\n\r\n"
				+ "--b\r\nContent-Type: text/plain\r\n\r\nThe log is attached.\r\n--b\r\n"
				+ "Content-Type: text/plain; name=server.log\r\nContent-Disposition: attachment; filename=server.log\r\n\r\n");
		String line = "2026-11-23 10:00:00 INFO nothing to see here, just a long line of log output\r\n";
		while (raw.length() < 2_000_000) {
			raw.append(line);
		}
		raw.append("--b--\r\n");
		mail.deliverRaw(user, raw.toString());

		mailbox(MailProtocol.IMAP, mail.imapPort(), user, null, null);

		await().atMost(WAIT).until(() -> mail.count(user, Flags.Flag.SEEN, true) == 1);
		assertThat(control().received()).filteredOn((r) -> r.size() > 1_900_000).hasSize(1);
		List<JsonNode> tickets = tickets(sender);
		assertThat(tickets).hasSize(1);
		ApiClient api = ApiClient.basic(this.port, "admin", DatabaseInitializers.ADMIN_PASSWORD);
		JsonNode messages = api.get("/api/v1/tickets/" + tickets.get(0).get("number").asString() + "/messages").json();
		assertThat(messages.get(0).get("attachments").get(0).get("filename").asString()).isEqualTo("server.log");
		assertThat(messages.get(0).get("attachments").get(0).get("size").asLong()).isGreaterThan(1_900_000);
	}

}
