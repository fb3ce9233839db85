package org.tierdesk.channel.email.outbound;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.tierdesk.TierdeskApplication;
import org.tierdesk.support.ApiClient;
import org.tierdesk.support.DatabaseInitializers;
import org.tierdesk.support.EmbeddedDatabases;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two Tierdesk nodes on one PostgreSQL database send the mail of both: every mail goes
 * out exactly once, whichever node queued it, although both nodes look for due mail every
 * 50 ms and claim the same rows.
 */
class OutboundMailTwoNodesIT {

	static final TestSmtp smtp = new TestSmtp();

	static ConfigurableApplicationContext nodeA;

	static ConfigurableApplicationContext nodeB;

	@BeforeAll
	static void startNodes() throws Exception {
		smtp.start();
		String url = EmbeddedDatabases.postgresUrl();
		// one after the other: Spring Boot's logging set-up is not safe for two starts at
		// once
		nodeA = start(url);
		nodeB = start(url);
	}

	static ConfigurableApplicationContext start(String url) {
		return new SpringApplicationBuilder(TierdeskApplication.class).run("--server.port=0",
				"--spring.datasource.url=" + url, "--spring.datasource.username=postgres",
				"--spring.datasource.password=postgres", "--spring.datasource.hikari.maximum-pool-size=6",
				"--TIERDESK_ADMIN_PASSWORD=" + DatabaseInitializers.ADMIN_PASSWORD, "--TIERDESK_SMTP_HOST=127.0.0.1",
				"--TIERDESK_SMTP_PORT=" + smtp.port(), "--TIERDESK_MAIL_FROM=Help Desk <help@desk.test>",
				"--tierdesk.mail.outbound.interval=PT0.05S", "--tierdesk.mail.outbound.initial-delay=PT0.05S",
				"--tierdesk.mail.outbound.batch-size=4");
	}

	@AfterAll
	static void stopNodes() {
		if (nodeA != null) {
			nodeA.close();
		}
		if (nodeB != null) {
			nodeB.close();
		}
		smtp.stop();
	}

	static ApiClient api(ConfigurableApplicationContext node) {
		int port = Integer.parseInt(node.getEnvironment().getProperty("local.server.port"));
		return ApiClient.basic(port, "admin", DatabaseInitializers.ADMIN_PASSWORD);
	}

	@Test
	void shouldSendEveryMailExactlyOnce() throws Exception {
		List<String> requesters = new ArrayList<>();
		ExecutorService pool = Executors.newFixedThreadPool(6);
		try {
			List<Future<?>> futures = new ArrayList<>();
			for (int i = 0; i < 30; i++) {
				String requester = OutboundMailH2IT.someone();
				requesters.add(requester);
				ApiClient node = api((i % 2 == 0) ? nodeA : nodeB);
				futures.add(pool.submit(() -> assertThat(node.post("/api/v1/tickets", """
						{"subject": "Two nodes", "description": "x", "requester": {"email": "%s"}}
						""".formatted(requester)).status()).isEqualTo(201)));
			}
			for (Future<?> future : futures) {
				future.get();
			}
		}
		finally {
			pool.shutdownNow();
		}

		Set<String> messageIds = new HashSet<>();
		for (String requester : requesters) {
			MimeMessage ack = smtp.awaitDelivered(requester, 1).get(0);
			messageIds.add(ack.getMessageID());
		}
		// both nodes keep looking for due mail; a second copy would show up by now
		Thread.sleep(1500);
		for (String requester : requesters) {
			assertThat(smtp.deliveredTo(requester)).as(requester).hasSize(1);
		}
		assertThat(messageIds).hasSize(30);
		OutboundMailManagement outbound = nodeB.getBean(OutboundMailManagement.class);
		List<OutboundMailView> ours = TestSmtp.await("all 30 marked as sent", () -> {
			List<OutboundMailView> sent = outbound.list(OutboundMailStatus.SENT, 500)
				.stream()
				.filter((m) -> messageIds.contains("<" + m.messageId() + ">"))
				.toList();
			return (sent.size() == 30) ? Optional.of(sent) : Optional.empty();
		});
		assertThat(ours).allSatisfy((mail) -> assertThat(mail.attempts()).isEqualTo(1));
	}

}
