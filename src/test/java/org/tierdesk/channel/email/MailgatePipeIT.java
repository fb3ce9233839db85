package org.tierdesk.channel.email;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.tierdesk.channel.email.Mailgate.Run;
import org.tierdesk.identity.IdentityManagement;
import org.tierdesk.support.H2ApplicationTest;
import org.tierdesk.ticket.TicketManagement;
import org.tierdesk.ticket.TicketQuery;
import org.tierdesk.ticket.TicketView;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code bin/tierdesk-mailgate} against the running desk (H2), as Postfix would run it: a
 * piped mail becomes a ticket and the script exits 0; whenever the mail was not stored it
 * exits 75, so the mail server keeps the mail and tries again.
 */
@H2ApplicationTest
class MailgatePipeIT {

	@LocalServerPort
	int port;

	@Autowired
	IdentityManagement identity;

	@Autowired
	TicketManagement tickets;

	String token;

	@BeforeEach
	void createToken() {
		Mailgate.assumeCurl();
		long adminId = this.identity.userNamed("admin").orElseThrow().id();
		this.token = this.identity.createApiToken(adminId, "mail gateway").secret();
	}

	String url() {
		return "http://127.0.0.1:" + this.port;
	}

	static String someone() {
		return "pipe-" + UUID.randomUUID().toString().substring(0, 8) + "@customer.test";
	}

	List<TicketView> ticketsOf(String requester) {
		return this.tickets
			.search(new TicketQuery(Set.of(), true, null, null, null, false, null, null, requester, null, true, 0, 10))
			.items();
	}

	@Test
	void shouldOpenTicketFromPipedMailAndExit0() throws IOException {
		String sender = someone();
		Path tokenFile = Files.createTempFile("tierdesk-token-", "");
		Files.writeString(tokenFile, this.token + "\n");
		try {
			Run run = Mailgate.run(TestMails.from("Ana <" + sender + ">").subject("Laptop will not boot").bytes(),
					Map.of("ORIGINAL_RECIPIENT", "support+it@tierdesk.test"), "--url", url(), "--token-file",
					tokenFile.toString());

			assertThat(run.exitCode()).as(run.stderr()).isZero();
		}
		finally {
			Files.delete(tokenFile);
		}
		List<TicketView> opened = ticketsOf(sender);
		assertThat(opened).extracting(TicketView::subject).containsExactly("Laptop will not boot");
		assertThat(this.tickets.messages(opened.get(0).number(), false)).hasSize(1);
	}

	@Test
	void shouldExit75WhenTheTokenIsRefused() {
		String sender = someone();

		Run run = Mailgate.run(TestMails.from(sender).bytes(), Map.of("TIERDESK_TOKEN", "td_not-a-real-token"), "--url",
				url(), "--to", "support@tierdesk.test");

		assertThat(run.exitCode()).isEqualTo(75);
		assertThat(run.stderr()).contains("refused the API token").doesNotContain("td_not-a-real-token");
		assertThat(ticketsOf(sender)).isEmpty();
	}

	@Test
	void shouldExit75WhenTierdeskIsUnreachable() throws IOException {
		int closedPort;
		try (ServerSocket socket = new ServerSocket(0)) {
			closedPort = socket.getLocalPort();
		}

		Run run = Mailgate.run(TestMails.from(someone()).bytes(), Map.of("TIERDESK_TOKEN", this.token, "TIERDESK_URL",
				"http://127.0.0.1:" + closedPort, "RECIPIENT", "support@tierdesk.test"));

		assertThat(run.exitCode()).isEqualTo(75);
		assertThat(run.stderr()).contains("stays queued").doesNotContain(this.token);
	}

}
