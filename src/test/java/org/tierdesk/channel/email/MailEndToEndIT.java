package org.tierdesk.channel.email;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.StreamSupport;

import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.tierdesk.support.ApiClient;
import org.tierdesk.support.ApiClient.Response;
import org.tierdesk.support.DatabaseInitializers;
import org.tierdesk.support.H2ApplicationTest;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tierdesk.channel.email.LoopbackMailSystem.CUSTOMER;
import static org.tierdesk.channel.email.LoopbackMailSystem.SUPPORT;
import static org.tierdesk.channel.email.LoopbackMailSystem.header;
import static org.tierdesk.channel.email.LoopbackMailSystem.subject;
import static org.tierdesk.channel.email.LoopbackMailSystem.text;

/**
 * The e-mail channel end to end against a real mail system (Postfix and Dovecot on
 * loopback, set up by {@code .ci/mail-servers.sh}): a customer's mail goes through
 * Postfix into the support Maildir, Tierdesk polls it over IMAP into a ticket with its
 * attachment, mails the acknowledgement and an agent's reply through Postfix to the
 * customer, whose IMAP inbox shows them threaded, and the customer's answer to the reply
 * joins the same ticket.
 * <p>
 * Runs only with {@code TIERDESK_MAIL_E2E=1} (CI sets it); then a missing mail server
 * fails it.
 */
@H2ApplicationTest
@DirtiesContext
@EnabledIfEnvironmentVariable(named = "TIERDESK_MAIL_E2E", matches = "1",
		disabledReason = "end-to-end mail test skipped: it needs Postfix and Dovecot on loopback; run "
				+ "'sudo .ci/mail-servers.sh' and set TIERDESK_MAIL_E2E=1")
class MailEndToEndIT {

	static final Duration DELIVERY = Duration.ofSeconds(30);

	static final Duration WAIT = Duration.ofSeconds(60);

	static final LoopbackMailSystem mail = new LoopbackMailSystem();

	@DynamicPropertySource
	static void mailSettings(DynamicPropertyRegistry registry) {
		registry.add("spring.mail.host", () -> LoopbackMailSystem.HOST);
		registry.add("spring.mail.port", () -> LoopbackMailSystem.SMTP_PORT);
		registry.add("tierdesk.mail.from", () -> "Help Desk <" + SUPPORT.address() + ">");
		registry.add("tierdesk.mail.outbound.interval", () -> "PT0.2S");
		registry.add("tierdesk.mail.outbound.initial-delay", () -> "PT0.2S");
		registry.add("tierdesk.mail.outbound.backoff", () -> "PT1S");
		registry.add("tierdesk.mail.poll-check-interval", () -> "PT0.5S");
		registry.add("tierdesk.mail.poll-initial-delay", () -> "PT0.5S");
		registry.add("tierdesk.mail.connect-timeout", () -> "PT5S");
		registry.add("tierdesk.mail.read-timeout", () -> "PT10S");
	}

	@BeforeAll
	static void requireMailServers() {
		mail.requireRunning();
		// every run starts from empty inboxes: nothing left from an earlier run is polled
		// or mistaken for this run's mail
		mail.empty(SUPPORT);
		mail.empty(CUSTOMER);
	}

	@LocalServerPort
	int port;

	@Test
	void customerMailBecomesATicketAndTheRepliesGoBackAndForthThroughPostfixAndDovecot() throws Exception {
		ApiClient api = ApiClient.basic(this.port, "admin", DatabaseInitializers.ADMIN_PASSWORD);
		String run = UUID.randomUUID().toString().substring(0, 8);
		String subject = "Router keeps rebooting " + run;
		byte[] log = ("uptime 00:04:12 watchdog reset\n" + run + "\n\u00e9\u00e8\n").getBytes(StandardCharsets.UTF_8);

		// 1. The customer mails the desk through Postfix, with an attachment.
		TestMails request = TestMails.from("Cora Customer <" + CUSTOMER.address() + ">")
			.header("To", SUPPORT.address())
			.subject(subject)
			.text("Hello,\n\nmy router reboots every few minutes. Its log is attached.\n\nCora")
			.attachment("router-" + run + ".log", "text/plain", log);
		mail.send(request.bytes(), SUPPORT.address());
		mail.awaitMail(SUPPORT, "the customer's mail (delivered by Postfix)", DELIVERY,
				(m) -> hasMessageId(m, request.messageIdValue()));

		// 2. A mailbox polls the support account over IMAP; the mail becomes a ticket.
		long mailboxId = createMailbox(api);
		JsonNode ticket = LoopbackMailSystem.await("a ticket for '" + subject + "' (mailbox polling Dovecot)", WAIT,
				() -> tickets(api).stream().filter((t) -> subject.equals(t.get("subject").asString())).findFirst());
		String number = ticket.get("number").asString();
		assertThat(ticket.get("channel").asString()).isEqualTo("email");
		JsonNode first = messages(api, number).get(0);
		assertThat(first.get("messageId").asString()).isEqualTo(request.messageIdValue());
		assertThat(first.get("bodyText").asString()).contains("my router reboots every few minutes");
		assertThat(first.get("threadingReason").asString()).isEqualTo("new_ticket");
		JsonNode attachment = first.get("attachments").get(0);
		assertThat(attachment.get("filename").asString()).isEqualTo("router-" + run + ".log");
		assertThat(download(attachment.get("id").asLong())).isEqualTo(log);
		// flagged on the server once its ticket is committed (the mailbox's "mark seen")
		LoopbackMailSystem.await("the customer's mail flagged seen in Dovecot", WAIT,
				() -> Optional.of(true).filter((x) -> mail.seen(SUPPORT, request.messageIdValue())));

		// 3. The acknowledgement reaches the customer's inbox through Postfix.
		MimeMessage ack = mail.awaitMail(CUSTOMER, "the acknowledgement of " + number, WAIT,
				(m) -> subject(m).contains("[" + number + "]") && subject(m).contains(run)
						&& "auto-replied".equals(header(m, "Auto-Submitted")));
		assertThat(header(ack, "In-Reply-To")).isEqualTo("<" + request.messageIdValue() + ">");
		assertThat(header(ack, "X-Tierdesk-Ticket")).isEqualTo(number);
		assertThat(text(ack)).contains(number);

		// 4. An agent replies through the API; the reply reaches the customer threaded.
		String answer = "Please update the router's firmware (" + run + ").";
		Response replied = api.post("/api/v1/tickets/" + number + "/messages",
				"{\"body\": \"" + answer + "\", \"internal\": false}");
		assertThat(replied.status()).as(replied.body()).isEqualTo(201);
		MimeMessage reply = mail.awaitMail(CUSTOMER, "the agent's reply on " + number, WAIT,
				(m) -> text(m).contains(answer));
		assertThat(subject(reply)).contains("[" + number + "]").contains(subject);
		assertThat(header(reply, "Auto-Submitted")).isNull();
		String references = header(reply, "References");
		assertThat(references).as("References of the reply").contains("<" + request.messageIdValue() + ">");
		assertThat(header(reply, "In-Reply-To")).as("In-Reply-To of the reply")
			.isIn("<" + request.messageIdValue() + ">", ack.getMessageID());

		// 5. The customer answers the reply through Postfix; it joins the same ticket.
		TestMails thanks = TestMails.from("Cora Customer <" + CUSTOMER.address() + ">")
			.header("To", SUPPORT.address())
			.subject("Re: " + subject(reply))
			.inReplyTo(unbracket(reply.getMessageID()))
			.header("References", references + " " + reply.getMessageID())
			.text("The update helped, thank you.\n\n> " + answer + "\n");
		mail.send(thanks.bytes(), SUPPORT.address());
		mail.awaitMail(SUPPORT, "the customer's answer (delivered by Postfix)", DELIVERY,
				(m) -> hasMessageId(m, thanks.messageIdValue()));
		assertThat(api.post("/api/v1/mailboxes/" + mailboxId + "/poll", null).status()).isBetween(200, 204);
		JsonNode appended = LoopbackMailSystem.await("the customer's answer on " + number, WAIT,
				() -> messages(api, number).stream()
					.filter((m) -> thanks.messageIdValue().equals(field(m, "messageId")))
					.findFirst());
		assertThat(appended.get("threadingReason").asString()).isEqualTo("in_reply_to");
		assertThat(appended.get("bodyText").asString()).contains("The update helped");
		assertThat(tickets(api)).as("the answer opened no ticket of its own").hasSize(1);
	}

	private long createMailbox(ApiClient api) {
		Response created = api.post("/api/v1/mailboxes", """
				{"name": "Support (Dovecot)", "protocol": "imap", "host": "%s", "port": %d,
				 "username": "%s", "secret": "%s", "supportAddress": "%s",
				 "pollIntervalSeconds": 10, "enabled": true}
				""".formatted(LoopbackMailSystem.HOST, LoopbackMailSystem.IMAP_PORT, SUPPORT.username(),
				SUPPORT.password(), SUPPORT.address()));
		assertThat(created.status()).as(created.body()).isEqualTo(201);
		return created.json().get("id").asLong();
	}

	private static List<JsonNode> tickets(ApiClient api) {
		Response response = api.get("/api/v1/tickets?status=all&requester=" + CUSTOMER.address());
		assertThat(response.status()).as(response.body()).isEqualTo(200);
		List<JsonNode> items = new ArrayList<>();
		response.json().get("items").forEach(items::add);
		return items;
	}

	private static List<JsonNode> messages(ApiClient api, String number) {
		Response response = api.get("/api/v1/tickets/" + number + "/messages");
		assertThat(response.status()).as(response.body()).isEqualTo(200);
		return StreamSupport.stream(response.json().spliterator(), false).toList();
	}

	private byte[] download(long attachmentId) throws IOException, InterruptedException {
		String credentials = Base64.getEncoder()
			.encodeToString(("admin:" + DatabaseInitializers.ADMIN_PASSWORD).getBytes(StandardCharsets.UTF_8));
		HttpRequest request = HttpRequest
			.newBuilder(URI.create("http://localhost:" + this.port + "/api/v1/attachments/" + attachmentId))
			.header("Authorization", "Basic " + credentials)
			.timeout(Duration.ofSeconds(30))
			.build();
		HttpResponse<byte[]> response = HttpClient.newHttpClient()
			.send(request, HttpResponse.BodyHandlers.ofByteArray());
		assertThat(response.statusCode()).isEqualTo(200);
		return response.body();
	}

	private static boolean hasMessageId(MimeMessage message, String id) {
		return ("<" + id + ">").equals(header(message, "Message-ID"));
	}

	private static String field(JsonNode node, String field) {
		JsonNode value = node.get(field);
		return (value != null && !value.isNull()) ? value.asString() : null;
	}

	private static String unbracket(String id) {
		return Optional.ofNullable(id).map((v) -> v.replaceAll("^<|>$", "")).orElse(null);
	}

}
