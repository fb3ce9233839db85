package org.tierdesk.channel.email.mailbox;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import com.icegreen.greenmail.user.GreenMailUser;
import jakarta.mail.Flags;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.tierdesk.TierdeskApplication;
import org.tierdesk.channel.email.IntakeOutcome;
import org.tierdesk.channel.email.MailIntake;
import org.tierdesk.channel.email.mailbox.TestMailServer.Delivered;
import org.tierdesk.support.ApiClient;
import org.tierdesk.support.DatabaseInitializers;
import org.tierdesk.support.EmbeddedDatabases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Two Tierdesk nodes on one PostgreSQL database, both eager to poll the same mailbox: the
 * lease lets only one at a time connect to it, and every mail becomes exactly one ticket.
 */
class MailboxTwoNodesIT {

	static ConfigurableApplicationContext nodeA;

	static ConfigurableApplicationContext nodeB;

	static TestMailServer mail;

	@BeforeAll
	static void startNodes() throws Exception {
		mail = new TestMailServer();
		// a database of their own: the shared test application on the common one polls
		// every mailbox too (every 0.25 s) and would take the mailbox in one poll
		String url = EmbeddedDatabases.postgresUrl("mailbox_two_nodes");
		// one after the other: Spring Boot's logging set-up is not safe for two starts at
		// once
		nodeA = start(url, "node-a");
		nodeB = start(url, "node-b");
	}

	static ConfigurableApplicationContext start(String url, String node) {
		return new SpringApplicationBuilder(TierdeskApplication.class, ControllableIntakeConfiguration.class).run(
				"--server.port=0", "--spring.datasource.url=" + url, "--spring.datasource.username=postgres",
				"--spring.datasource.password=postgres", "--spring.datasource.hikari.maximum-pool-size=6",
				"--TIERDESK_ADMIN_PASSWORD=" + DatabaseInitializers.ADMIN_PASSWORD,
				"--tierdesk.mail.poll-check-interval=PT0.2S", "--tierdesk.mail.poll-initial-delay=PT0.2S",
				"--tierdesk.mail.poll-batch-size=3", "--tierdesk.mail.node-id=" + node);
	}

	@AfterAll
	static void stopNodes() {
		if (nodeA != null) {
			nodeA.close();
		}
		if (nodeB != null) {
			nodeB.close();
		}
		if (mail != null) {
			mail.close();
		}
	}

	static ControllableIntake intake(ConfigurableApplicationContext node) {
		return ControllableIntakeConfiguration.Controllable.of(node.getBean(MailIntake.class));
	}

	@Test
	void shouldLetOneNodeAtATimePollAMailbox() throws Exception {
		GreenMailUser user = mail.newUser();
		List<Delivered> delivered = new ArrayList<>();
		for (int i = 0; i < 12; i++) {
			delivered.add(mail.deliver(user, "Two nodes " + i, "Mail number " + i));
		}
		// slow intakes keep polls long, so that overlapping polls would be seen
		for (ConfigurableApplicationContext node : List.of(nodeA, nodeB)) {
			intake(node).before((incoming) -> sleep(150));
		}
		MailboxManagement mailboxes = nodeA.getBean(MailboxManagement.class);
		try (MailServerProxy proxy = new MailServerProxy(mail.imapPort())) {
			MailboxView mailbox = mailboxes.create(new SaveMailboxCommand("Two nodes " + user.getLogin(),
					MailProtocol.IMAP, "127.0.0.1", proxy.port(), user.getLogin(), MailAuthMethod.PASSWORD,
					user.getPassword(), null, 10, null, null, null, "two-nodes-" + user.getEmail(), true, null));
			try {
				await().atMost(Duration.ofSeconds(90)).until(() -> mail.count(user, Flags.Flag.SEEN, true) == 12);

				assertThat(proxy.maxOpen()).as("connections open at the same time").isEqualTo(1);
				assertThat(proxy.accepted()).as("polls (batches of 3)").isGreaterThanOrEqualTo(4);
				// whichever node polled, no mail was handed over twice
				List<ControllableIntake.Received> received = new ArrayList<>(intake(nodeA).receivedFor(mailbox.id()));
				received.addAll(intake(nodeB).receivedFor(mailbox.id()));
				assertThat(received).isNotEmpty()
					.allSatisfy((r) -> assertThat(r.result().outcome()).isEqualTo(IntakeOutcome.OPENED));
				assertThat(received).extracting(ControllableIntake.Received::messageId).doesNotHaveDuplicates();
				ApiClient api = ApiClient.basic(
						Integer.parseInt(nodeB.getEnvironment().getProperty("local.server.port")), "admin",
						DatabaseInitializers.ADMIN_PASSWORD);
				for (Delivered mail : delivered) {
					ApiClient.Response tickets = api.get("/api/v1/tickets?status=all&requester=" + mail.sender());
					assertThat(tickets.json().get("items")).as(mail.subject()).hasSize(1);
				}
			}
			finally {
				mailboxes.delete(mailbox.id());
			}
		}
	}

	static void sleep(long millis) {
		try {
			Thread.sleep(millis);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

}
