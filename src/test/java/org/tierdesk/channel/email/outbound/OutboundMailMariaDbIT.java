package org.tierdesk.channel.email.outbound;

import java.util.List;

import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.tierdesk.channel.email.TestMails;
import org.tierdesk.identity.IdentityManagement;
import org.tierdesk.support.ApiClient;
import org.tierdesk.support.ApiClient.Response;
import org.tierdesk.support.MariaDbApplicationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Outgoing mail on MariaDB against an SMTP server that refuses unknown mailboxes: a mail
 * refused for every recipient fails at once and is shown to admins, who can send it
 * again; a mail refused for one copy still reaches the requester; the desk's default
 * language (Finnish here) is used when the conversation has none.
 */
@MariaDbApplicationTest
@AutoConfigureMockMvc
@DirtiesContext
class OutboundMailMariaDbIT {

	static final RefusingSmtp smtp = RefusingSmtp.start();

	@DynamicPropertySource
	static void mail(DynamicPropertyRegistry registry) {
		registry.add("spring.mail.host", () -> "127.0.0.1");
		registry.add("spring.mail.port", smtp::port);
		registry.add("tierdesk.mail.from", () -> "help@desk.test");
		registry.add("tierdesk.mail.default-language", () -> "fi");
		registry.add("tierdesk.mail.outbound.interval", () -> "PT0.2S");
		registry.add("tierdesk.mail.outbound.initial-delay", () -> "PT0.2S");
		registry.add("tierdesk.mail.outbound.backoff", () -> "PT1S");
	}

	@AfterAll
	static void stopSmtp() {
		smtp.stop();
	}

	@LocalServerPort
	int port;

	@Autowired
	IdentityManagement identity;

	@Autowired
	OutboundMailManagement outbound;

	@Autowired
	MockMvc mvc;

	ApiClient api;

	@BeforeEach
	void signIn() {
		long adminId = this.identity.userNamed("admin").orElseThrow().id();
		this.api = ApiClient.bearer(this.port, this.identity.createApiToken(adminId, "outbound tests").secret());
	}

	@Test
	void shouldFailAtOnceWhenEveryRecipientIsRefusedShowItToAdminsAndSendItAgainOnRequest() throws Exception {
		String nobody = "nobody-" + OutboundMailH2IT.someone();
		String number = open("Where is my parcel", nobody);

		OutboundMailView failed = awaitStatus(number, OutboundMailStatus.FAILED);
		assertThat(failed.attempts()).isEqualTo(1);
		assertThat(failed.lastError()).startsWith("Refused by the SMTP server:").contains("550 5.1.1", "User unknown");
		this.mvc.perform(get("/admin/mail/outbound").param("status", "failed").with(OutboundMailH2IT.admin()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(number)))
			.andExpect(content().string(containsString("550 5.1.1")))
			.andExpect(content().string(containsString("id=\"retry-" + failed.id() + "\"")));
		Response listed = this.api.get("/api/v1/mail/outbound?status=failed&limit=500");
		assertThat(listed.body()).contains("\"id\":" + failed.id());

		int refusalsBefore = smtp.refusals();
		this.mvc
			.perform(post("/admin/mail/outbound/" + failed.id() + "/retry").with(OutboundMailH2IT.admin()).with(csrf()))
			.andExpect(redirectedUrl("/admin/mail/outbound?status=failed"));
		TestSmtp.await("a second refusal",
				() -> java.util.Optional.of(smtp.refusals()).filter((count) -> count > refusalsBefore));
		OutboundMailView again = awaitStatus(number, OutboundMailStatus.FAILED);
		assertThat(again.attempts()).isEqualTo(1);

		Response retried = this.api.post("/api/v1/mail/outbound/" + failed.id() + "/retry", null);
		assertThat(retried.status()).as(retried.body()).isEqualTo(200);
		assertThat(retried.json().get("status").asString()).isEqualTo("pending");
		assertThat(retried.json().get("attempts").asInt()).isZero();
	}

	@Test
	void shouldDeliverToTheRequesterWhenOnlyACopyIsRefused() throws Exception {
		String customer = OutboundMailH2IT.someone();
		String nobody = "nobody-" + OutboundMailH2IT.someone();
		String number = deliver(TestMails.from(customer).subject("Screen flickers").header("Cc", nobody))
			.get("ticketNumber")
			.asString();
		smtp.awaitDelivered(customer, 1);

		assertThat(
				this.api.post("/api/v1/tickets/" + number + "/messages", "{\"body\": \"Try another cable.\"}").status())
			.isEqualTo(201);

		MimeMessage reply = smtp.awaitDelivered(customer, 2).get(1);
		assertThat(OutboundMailH2IT.text(reply)).contains("Try another cable.");
		OutboundMailView sent = TestSmtp.await("the reply sent",
				() -> mails(number).stream()
					.filter((m) -> m.kind() == OutboundMailKind.REPLY && m.status() == OutboundMailStatus.SENT)
					.findFirst());
		assertThat(sent.cc()).containsExactly(nobody);
		assertThat(sent.skippedRecipients()).contains(nobody, "550 5.1.1");
	}

	@Test
	void shouldWriteInTheDesksDefaultLanguage() throws Exception {
		String requester = OutboundMailH2IT.someone();
		String number = open("Näppäimistö ei toimi", requester);

		MimeMessage ack = smtp.awaitDelivered(requester, 1).get(0);
		assertThat(ack.getSubject()).isEqualTo("[" + number + "] Näppäimistö ei toimi");
		assertThat(OutboundMailH2IT.text(ack)).startsWith("Hei Kim Example,")
			.contains("Tiketin numero: " + number, "Tämä on automaattinen viesti.");

		this.api.post("/api/v1/tickets/" + number + "/resolve", "{\"solution\": \"Vaihdoimme paristot.\"}");
		MimeMessage resolution = smtp.awaitDelivered(requester, 2).get(1);
		assertThat(resolution.getSubject()).isEqualTo("[" + number + "] Ratkaistu: Näppäimistö ei toimi");
		assertThat(OutboundMailH2IT.text(resolution)).contains("Vaihdoimme paristot.").doesNotContain("Syy:");
		assertThat(mails(number)).extracting(OutboundMailView::language).containsOnly("fi");
	}

	private OutboundMailView awaitStatus(String number, OutboundMailStatus status) {
		return TestSmtp.await("a mail of " + number + " " + status,
				() -> mails(number).stream().filter((m) -> m.status() == status).findFirst());
	}

	private List<OutboundMailView> mails(String number) {
		return this.outbound.list(null, 500).stream().filter((m) -> m.ticketNumber().equals(number)).toList();
	}

	private String open(String subject, String requester) {
		Response created = this.api.post("/api/v1/tickets", """
				{"subject": "%s", "description": "It does not work.",
				 "requester": {"email": "%s", "name": "Kim Example"}}
				""".formatted(subject, requester));
		assertThat(created.status()).as(created.body()).isEqualTo(201);
		return created.json().get("number").asString();
	}

	private tools.jackson.databind.JsonNode deliver(TestMails mail) {
		Response response = this.api.postRaw("/api/v1/mail/inbound?to=support@tierdesk.test", "message/rfc822",
				mail.bytes());
		assertThat(response.status()).as(response.body()).isEqualTo(201);
		return response.json();
	}

}
