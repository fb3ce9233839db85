package org.tierdesk.channel.email.mailbox.domain;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import com.icegreen.greenmail.user.GreenMailUser;
import jakarta.mail.Flags;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.tierdesk.channel.email.MailIntake;
import org.tierdesk.channel.email.MailSource;
import org.tierdesk.channel.email.mailbox.MailAuthMethod;
import org.tierdesk.channel.email.mailbox.MailProtocol;
import org.tierdesk.channel.email.mailbox.MailboxManagement;
import org.tierdesk.channel.email.mailbox.MailboxProblem;
import org.tierdesk.channel.email.mailbox.MailboxProperties;
import org.tierdesk.channel.email.mailbox.MailboxView;
import org.tierdesk.channel.email.mailbox.SaveMailboxCommand;
import org.tierdesk.channel.email.mailbox.TestMailServer;
import org.tierdesk.desk.DepartmentView;
import org.tierdesk.desk.DeskManagement;
import org.tierdesk.desk.TierView;
import org.tierdesk.support.ApiClient;
import org.tierdesk.support.DatabaseInitializers;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Mailboxes and their leases on each supported database (see the subclasses): stored and
 * found by support address, poll status written without disturbing an admin's edit, one
 * lease holder at a time however many nodes race for it, and a polled mail becoming a
 * ticket.
 */
abstract class MailboxLeaseIntegrationTests {

	static final Instant START = Instant.parse("2026-11-23T09:00:00Z");

	@Autowired
	MailboxManagement mailboxes;

	@Autowired
	MailboxCredentials credentials;

	@Autowired
	MailboxRepository repository;

	@Autowired
	DeskManagement desk;

	@Autowired
	MailIntake intake;

	@LocalServerPort
	int port;

	static TestMailServer mail;

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

	static String unique() {
		return UUID.randomUUID().toString().substring(0, 8);
	}

	/**
	 * A mailbox that receives mail directly: enabled, never polled by the running
	 * application, so only the test takes its lease.
	 */
	MailboxView directMailbox() {
		String id = unique();
		MailboxView mailbox = this.mailboxes.create(new SaveMailboxCommand("Lease " + id, MailProtocol.DIRECT, null,
				null, null, null, null, null, null, null, null, null, "lease-" + id + "@desk.test", true, null));
		this.created.add(mailbox.id());
		return mailbox;
	}

	MailboxLeases node(String name, Clock clock) {
		return MailboxLeases.of(this.repository, clock, Duration.ofMinutes(1), name + "-" + unique());
	}

	@Test
	void shouldLetOneNodeAtATimeHoldTheLease() {
		long id = directMailbox().id();
		MovableClock clock = new MovableClock(START);
		MailboxLeases a = node("a", clock);
		MailboxLeases b = node("b", clock);

		assertThat(a.acquire(id)).isTrue();
		assertThat(b.acquire(id)).isFalse();
		assertThat(a.acquire(id)).as("a node may take its own lease again").isTrue();
		assertThat(b.renew(id)).isFalse();
		assertThat(this.mailboxes.mailbox(id).orElseThrow().status().leaseOwner()).isEqualTo(a.owner());

		clock.advance(Duration.ofSeconds(30));
		assertThat(a.renew(id)).isTrue();
		clock.advance(Duration.ofSeconds(59));
		assertThat(b.acquire(id)).as("renewed, so still a's").isFalse();

		clock.advance(Duration.ofSeconds(2));
		assertThat(b.acquire(id)).as("a's lease ran out (a crashed)").isTrue();
		assertThat(a.renew(id)).as("a learns it lost the lease").isFalse();
		a.release(id);
		assertThat(this.mailboxes.mailbox(id).orElseThrow().status().leaseOwner()).isEqualTo(b.owner());

		b.release(id);
		assertThat(this.mailboxes.mailbox(id).orElseThrow().status().leaseOwner()).isNull();
		assertThat(a.acquire(id)).isTrue();
		a.release(id);
	}

	@Test
	void shouldGiveTheLeaseToExactlyOneOfManyRacingNodes() throws Exception {
		long id = directMailbox().id();
		Clock clock = Clock.systemUTC();
		List<MailboxLeases> nodes = new ArrayList<>();
		for (int i = 0; i < 6; i++) {
			nodes.add(node("racer" + i, clock));
		}
		ExecutorService pool = Executors.newFixedThreadPool(nodes.size());
		try {
			for (int round = 0; round < 5; round++) {
				CountDownLatch go = new CountDownLatch(1);
				List<Future<Boolean>> attempts = new ArrayList<>();
				for (MailboxLeases node : nodes) {
					attempts.add(pool.submit(() -> {
						go.await();
						return node.acquire(id);
					}));
				}
				go.countDown();
				List<MailboxLeases> winners = new ArrayList<>();
				for (int i = 0; i < nodes.size(); i++) {
					if (attempts.get(i).get(30, TimeUnit.SECONDS)) {
						winners.add(nodes.get(i));
					}
				}
				assertThat(winners).as("round " + round).hasSize(1);
				assertThat(this.mailboxes.mailbox(id).orElseThrow().status().leaseOwner())
					.isEqualTo(winners.get(0).owner());
				winners.get(0).release(id);
			}
		}
		finally {
			pool.shutdownNow();
		}
	}

	@Test
	void shouldNotLeaseADisabledMailbox() {
		String id = unique();
		MailboxView disabled = this.mailboxes.create(new SaveMailboxCommand("Off " + id, MailProtocol.DIRECT, null,
				null, null, null, null, null, null, null, null, null, "off-" + id + "@desk.test", false, null));
		this.created.add(disabled.id());
		assertThat(node("a", Clock.systemUTC()).acquire(disabled.id())).isFalse();
	}

	@Test
	void shouldStoreAMailboxAndFindItBySupportAddress() {
		String id = unique();
		DepartmentView department = this.desk.addDepartment("Mail " + id);
		TierView tier = this.desk.tierAtLevel(2).orElseThrow();
		MailboxView mailbox = this.mailboxes.create(new SaveMailboxCommand("Support " + id, MailProtocol.IMAPS,
				"imap.example.com", null, "support@example.com", MailAuthMethod.OAUTH2, "token-" + id, "Support", 120,
				null, department.id(), tier.id(), " <Help-" + id + "@Example.COM> ", false, null));
		this.created.add(mailbox.id());

		MailboxView read = this.mailboxes.mailbox(mailbox.id()).orElseThrow();
		assertThat(read.supportAddress()).isEqualTo("help-" + id + "@example.com");
		assertThat(read.effectivePort()).isEqualTo(993);
		assertThat(read.secretSet()).isTrue();
		assertThat(read.folder()).isEqualTo("Support");
		assertThat(read.status().nextPollAt()).isNull();
		assertThat(this.mailboxes.mailboxes()).extracting(MailboxView::id).contains(mailbox.id());

		// disabled: direct delivery does not accept its address
		assertThat(this.mailboxes.sourceFor("help-" + id + "@example.com")).isEmpty();
		MailboxView enabled = this.mailboxes.update(mailbox.id(),
				new SaveMailboxCommand("Support " + id, MailProtocol.IMAPS, "imap.example.com", null,
						"support@example.com", MailAuthMethod.OAUTH2, null, "Support", 120, null, department.id(),
						tier.id(), "help-" + id + "@example.com", true, read.version()));
		assertThat(enabled.secretSet()).as("a blank secret keeps the stored one").isTrue();
		assertThat(this.repository.findById(mailbox.id()).orElseThrow().getSecret()).isEqualTo("token-" + id);

		MailSource expected = new MailSource("Support " + id, mailbox.id(), "help-" + id + "@example.com",
				department.id(), tier.id());
		assertThat(this.mailboxes.sourceFor("HELP-" + id + "@example.com")).contains(expected);
		assertThat(this.mailboxes.sourceFor("<help-" + id + "@example.com>")).contains(expected);
		assertThat(this.mailboxes.sourceFor("help-" + id + "+billing@example.com")).contains(expected);
		assertThat(this.mailboxes.sourceFor("nobody-" + id + "@example.com")).isEmpty();
		assertThat(this.mailboxes.supportAddresses()).contains("help-" + id + "@example.com");
	}

	@Test
	void shouldRecordPollStatusWithoutDisturbingAnAdminsEdit() {
		long id = directMailbox().id();
		MailboxView before = this.mailboxes.mailbox(id).orElseThrow();
		MovableClock clock = new MovableClock(START);
		MailboxLeases node = node("poller", clock);

		node.recordFailure(id, 3, 60, MailboxProblem.CONNECTION_LOST, "SocketException: Connection reset");
		MailboxView failed = this.mailboxes.mailbox(id).orElseThrow();
		assertThat(failed.version()).isEqualTo(before.version());
		assertThat(failed.status().lastError()).isEqualTo(MailboxProblem.CONNECTION_LOST);
		assertThat(failed.status().lastErrorAt()).isEqualTo(START);
		assertThat(failed.status().nextPollAt()).isEqualTo(START.plusSeconds(60));
		assertThat(failed.status().receivedCount()).isEqualTo(3);
		assertThat(failed.status().failing()).isTrue();

		// an admin saves the form loaded before the poll: accepted, and the status stays
		MailboxView renamed = this.mailboxes.update(id,
				new SaveMailboxCommand(before.name() + " renamed", MailProtocol.DIRECT, null, null, null, null, null,
						null, null, null, null, null, before.supportAddress(), true, before.version()));
		assertThat(renamed.status().lastError()).isEqualTo(MailboxProblem.CONNECTION_LOST);
		assertThat(renamed.status().receivedCount()).isEqualTo(3);

		clock.advance(Duration.ofMinutes(1));
		node.recordSuccess(id, 2, 60, true);
		MailboxView succeeded = this.mailboxes.mailbox(id).orElseThrow();
		assertThat(succeeded.status().failing()).isFalse();
		assertThat(succeeded.status().lastError()).as("kept for the record").isEqualTo(MailboxProblem.CONNECTION_LOST);
		assertThat(succeeded.status().receivedCount()).isEqualTo(5);
		assertThat(succeeded.status().lastPollCount()).isEqualTo(2);
		assertThat(succeeded.status().nextPollAt()).as("more waiting: poll again at once")
			.isEqualTo(START.plusSeconds(60));
	}

	@Test
	void shouldTurnImapMailIntoATicketOnThisDatabase() {
		GreenMailUser user = mail.newUser();
		TestMailServer.Delivered delivered = mail.deliver(user, "Polled on every database", "Hello");
		MailboxView mailbox = this.mailboxes.create(new SaveMailboxCommand("Polled " + user.getLogin(),
				MailProtocol.IMAP, "127.0.0.1", mail.imapPort(), user.getLogin(), MailAuthMethod.PASSWORD,
				user.getPassword(), null, 60, null, null, null, "polled-" + user.getEmail(), true, null));
		this.created.add(mailbox.id());

		await().atMost(Duration.ofSeconds(60)).until(() -> mail.count(user, Flags.Flag.SEEN, true) == 1);
		ApiClient api = ApiClient.basic(this.port, "admin", DatabaseInitializers.ADMIN_PASSWORD);
		JsonNode tickets = api.get("/api/v1/tickets?status=all&requester=" + delivered.sender()).json().get("items");
		assertThat(tickets).hasSize(1);
		assertThat(tickets.get(0).get("subject").asString()).isEqualTo("Polled on every database");
		await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
			MailboxView polled = this.mailboxes.mailbox(mailbox.id()).orElseThrow();
			assertThat(polled.status().receivedCount()).isEqualTo(1);
			assertThat(polled.status().lastSuccessAt()).isNotNull();
			assertThat(polled.status().nextPollAt()).isAfter(polled.status().lastSuccessAt());
			assertThat(polled.status().leaseOwner()).isNull();
		});
	}

	@Test
	void shouldTakeTheNextBatchAtOnceWhenMoreMailWaits() throws Exception {
		GreenMailUser user = mail.newUser();
		MovableClock clock = new MovableClock(Instant.now());
		MailboxLeases node = MailboxLeases.of(this.repository, clock, Duration.ofMinutes(1), "batches-" + unique());
		MailboxView mailbox = this.mailboxes.create(new SaveMailboxCommand("Batches " + user.getLogin(),
				MailProtocol.IMAP, "127.0.0.1", mail.imapPort(), user.getLogin(), MailAuthMethod.PASSWORD,
				user.getPassword(), null, 60, null, null, null, "batches-" + user.getEmail(), true, null));
		this.created.add(mailbox.id());
		// the test's node holds the mailbox, so the running application's poller keeps
		// off it
		await().atMost(Duration.ofSeconds(30)).until(() -> node.acquire(mailbox.id()));
		for (int i = 1; i <= 5; i++) {
			mail.deliver(user, "Batch mail " + i, "Hello " + i);
		}
		// for the test's node its own lease has run out by now
		clock.advance(Duration.ofMinutes(2));
		MailboxProperties batchesOfTwo = new MailboxProperties(true, 1, 2, 2, Duration.ofMinutes(1),
				Duration.ofSeconds(5), Duration.ofSeconds(5), 262_144, "");
		MailboxPoller poller = new MailboxPoller(this.repository, node, new MailServers(batchesOfTwo), this.intake,
				batchesOfTwo, this.credentials);
		try {
			poller.start(mailbox.id());

			// one poll, three batches (2 + 2 + 1) one after the other under the same
			// lease
			await().atMost(Duration.ofSeconds(30)).until(() -> mail.count(user, Flags.Flag.SEEN, true) == 5);
			await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
				MailboxView polled = this.mailboxes.mailbox(mailbox.id()).orElseThrow();
				assertThat(polled.status().receivedCount()).isEqualTo(5);
				assertThat(polled.status().lastPollCount()).as("the last batch").isEqualTo(1);
				assertThat(polled.status().leaseOwner()).isNull();
			});
		}
		finally {
			poller.destroy();
		}
	}

	/** A clock the test moves. */
	static final class MovableClock extends Clock {

		private volatile Instant now;

		MovableClock(Instant start) {
			this.now = start;
		}

		void advance(Duration duration) {
			this.now = this.now.plus(duration);
		}

		@Override
		public ZoneOffset getZone() {
			return ZoneOffset.UTC;
		}

		@Override
		public Clock withZone(java.time.ZoneId zone) {
			return this;
		}

		@Override
		public Instant instant() {
			return this.now;
		}

	}

	@Test
	void shouldStoreARenewedAccessTokenAndARotatedRefreshTokenWithoutTouchingTheAdminsVersion() throws Exception {
		String id = UUID.randomUUID().toString().substring(0, 8);
		List<String> refreshTokens = new java.util.concurrent.CopyOnWriteArrayList<>();
		com.sun.net.httpserver.HttpServer endpoint = com.sun.net.httpserver.HttpServer
			.create(new java.net.InetSocketAddress("127.0.0.1", 0), 0);
		endpoint.createContext("/token", (exchange) -> {
			String form = new String(exchange.getRequestBody().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
			refreshTokens.add(form.replaceAll(".*refresh_token=([^&]*).*", "$1"));
			byte[] body = "{\"access_token\": \"fresh-token\", \"expires_in\": 3600, \"refresh_token\": \"rotated\"}"
				.getBytes(java.nio.charset.StandardCharsets.UTF_8);
			exchange.getResponseHeaders().add("Content-Type", "application/json");
			exchange.sendResponseHeaders(200, body.length);
			exchange.getResponseBody().write(body);
			exchange.close();
		});
		endpoint.start();
		try {
			MailboxView created = this.mailboxes.create(new SaveMailboxCommand("OAuth " + id, MailProtocol.IMAPS,
					"imap.example.com", null, "box-" + id + "@example.com", MailAuthMethod.OAUTH2, null, null, null,
					null, null, null, "oauth-" + id + "@example.com", false, null,
					new org.tierdesk.channel.email.mailbox.OAuthRefresh(
							"http://127.0.0.1:" + endpoint.getAddress().getPort() + "/token", "app", "client-secret",
							"first", null)));

			PollTarget target = this.credentials.target(this.repository.findById(created.id()).orElseThrow());
			PollTarget again = this.credentials.target(this.repository.findById(created.id()).orElseThrow());

			assertThat(target.secret()).isEqualTo("fresh-token");
			assertThat(again.secret()).isEqualTo("fresh-token");
			assertThat(refreshTokens).containsExactly("first");
			MailboxView stored = this.mailboxes.mailbox(created.id()).orElseThrow();
			assertThat(stored.version()).isEqualTo(created.version());
			assertThat(stored.secretSet()).isTrue();
			assertThat(stored.oauthRefresh().accessTokenExpiresAt()).isAfter(Instant.now().plusSeconds(3000));
			assertThat(this.repository.findById(created.id()).orElseThrow().tokenGrant().refreshToken())
				.isEqualTo("rotated");
		}
		finally {
			endpoint.stop(0);
		}
	}

}
