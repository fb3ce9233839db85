package org.tierdesk.channel.email.outbound;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import jakarta.mail.BodyPart;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.tierdesk.channel.email.MailThreads;
import org.tierdesk.channel.email.TestMails;
import org.tierdesk.identity.IdentityManagement;
import org.tierdesk.support.ApiClient;
import org.tierdesk.support.ApiClient.Response;
import org.tierdesk.support.DatabaseInitializers;
import org.tierdesk.support.H2ApplicationTest;
import org.tierdesk.ticket.Actor;
import org.tierdesk.ticket.Channel;
import org.tierdesk.ticket.OpenTicketCommand;
import org.tierdesk.ticket.TicketManagement;
import org.tierdesk.ticket.TicketView;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Outgoing mail end to end on H2 with GreenMail as the SMTP server: tickets opened
 * through the API and by mail get their acknowledgement, agent replies and resolutions
 * reach the requester (and the copy) threaded, internal notes stay inside, a server that
 * is down delays mail without losing it, failing addresses are not mailed, and admins'
 * templates are used per language.
 */
@H2ApplicationTest
@AutoConfigureMockMvc
@DirtiesContext
class OutboundMailH2IT {

	static final TestSmtp smtp = new TestSmtp();

	static final String SUPPORT = "support@tierdesk.test";

	@DynamicPropertySource
	static void mail(DynamicPropertyRegistry registry) {
		registry.add("spring.mail.host", () -> "127.0.0.1");
		registry.add("spring.mail.port", smtp::port);
		registry.add("tierdesk.mail.from", () -> "Help Desk <help@desk.test>");
		registry.add("tierdesk.mail.base-url", () -> "https://desk.example.com/");
		registry.add("tierdesk.mail.outbound.interval", () -> "PT0.2S");
		registry.add("tierdesk.mail.outbound.initial-delay", () -> "PT0.2S");
		registry.add("tierdesk.mail.outbound.backoff", () -> "PT1S");
	}

	@BeforeAll
	static void startSmtp() {
		smtp.start();
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
	TicketManagement tickets;

	@Autowired
	MailThreads threads;

	@Autowired
	OutboundMailManagement outbound;

	@Autowired
	MailTemplateManagement templates;

	@Autowired
	MockMvc mvc;

	@Autowired
	PlatformTransactionManager transactionManager;

	ApiClient api;

	@BeforeEach
	void signIn() {
		long adminId = this.identity.userNamed("admin").orElseThrow().id();
		this.api = ApiClient.bearer(this.port, this.identity.createApiToken(adminId, "outbound tests").secret());
	}

	@Test
	void shouldAcknowledgeATicketOpenedThroughTheApiWithItsNumberAndPrivateLink() throws Exception {
		String requester = someone();
		String number = open("Laptop will not boot", requester);
		TicketView ticket = this.tickets.get(number);

		MimeMessage ack = smtp.awaitDelivered(requester, 1).get(0);

		assertThat(ack.getSubject()).isEqualTo("[" + number + "] Laptop will not boot");
		assertThat(text(ack)).contains("Hello Kim Example,", "Ticket number: " + number,
				"https://desk.example.com/portal/t/" + ticket.accessToken());
		assertThat(ack.getFrom()).containsExactly(new InternetAddress("Help Desk <help@desk.test>"));
		assertThat(ack.getRecipients(MimeMessage.RecipientType.TO))
			.containsExactly(new InternetAddress("Kim Example <" + requester + ">"));
		assertThat(TestSmtp.header(ack, "Auto-Submitted")).isEqualTo("auto-replied");
		assertThat(TestSmtp.header(ack, "X-Auto-Response-Suppress")).isEqualTo("All");
		assertThat(TestSmtp.header(ack, "X-Tierdesk-Ticket")).isEqualTo(number);
		assertThat(TestSmtp.header(ack, "In-Reply-To")).isNull();
		assertThat(ack.getMessageID()).matches("<td-\\d+\\.ack\\.[0-9a-f]{24}@desk\\.test>");
		assertThat(this.threads.messageIds(ticket.id())).contains(unbracket(ack.getMessageID()));
		// the server has the mail a moment before the sender commits its status
		OutboundMailView row = TestSmtp.await("the mail marked as sent",
				() -> mailsOf(number).stream().filter((m) -> m.status() == OutboundMailStatus.SENT).findFirst());
		assertThat(row.attempts()).isEqualTo(1);
		assertThat(row.messageId()).isEqualTo(unbracket(ack.getMessageID()));
		assertThat(ApiClient.anonymous(this.port).get("/portal/t/" + ticket.accessToken()).status()).isEqualTo(200);
	}

	@Test
	void shouldThreadAcknowledgementAndAgentReplyWithTheMailConversation() throws Exception {
		String customer = someone();
		String boss = someone();
		TestMails request = TestMails.from("Anna Example <" + customer + ">")
			.subject("Printer broken")
			.header("Cc", "Boss <" + boss + ">, " + SUPPORT);
		String number = deliver(request).get("ticketNumber").asString();

		MimeMessage ack = smtp.awaitDelivered(customer, 1).get(0);
		assertThat(ack.getFrom()).containsExactly(new InternetAddress(SUPPORT));
		assertThat(TestSmtp.header(ack, "In-Reply-To")).isEqualTo("<" + request.messageIdValue() + ">");
		assertThat(ack.getSubject()).isEqualTo("[" + number + "] Printer broken");

		byte[] steps = "1. Switch off\n2. Switch on\n".getBytes(StandardCharsets.UTF_8);
		Response replied = this.api.postMultipart("/api/v1/tickets/" + number + "/messages",
				Map.of("body", "Please restart the printer as described."), "steps.txt", steps);
		assertThat(replied.status()).as(replied.body()).isEqualTo(201);
		String agent = replied.json().get("from").get("name").asString();

		MimeMessage reply = smtp.awaitDelivered(customer, 2)
			.stream()
			.filter((m) -> subject(m).startsWith("Re: "))
			.findFirst()
			.orElseThrow();
		assertThat(reply.getSubject()).isEqualTo("Re: [" + number + "] Printer broken");
		assertThat(TestSmtp.header(reply, "In-Reply-To")).isEqualTo(ack.getMessageID());
		assertThat(TestSmtp.header(reply, "References").replaceAll("\\s+", " "))
			.isEqualTo("<" + request.messageIdValue() + "> " + ack.getMessageID());
		assertThat(TestSmtp.header(reply, "Auto-Submitted")).isNull();
		assertThat(TestSmtp.header(reply, "X-Tierdesk-Ticket")).isEqualTo(number);
		assertThat(reply.getRecipients(MimeMessage.RecipientType.CC))
			.containsExactly(new InternetAddress("Boss <" + boss + ">"));
		assertThat(text(reply)).contains("Please restart the printer as described.", agent);
		assertThat(attachment(reply, "steps.txt")).isEqualTo(steps);
		assertThat(smtp.awaitDelivered(boss, 1).get(0).getMessageID()).isEqualTo(reply.getMessageID());

		// the customer answers the reply: the intake finds the ticket by the recorded
		// Message-ID
		JsonNode answer = deliver(
				TestMails.from(customer).subject("Re: thanks").inReplyTo(unbracket(reply.getMessageID())));
		assertThat(answer.get("outcome").asString()).isEqualTo("appended");
		assertThat(answer.get("ticketNumber").asString()).isEqualTo(number);
	}

	@Test
	void shouldMailTheResolutionWithItsSolution() throws Exception {
		String requester = someone();
		String number = open("Toner warning", requester);
		MimeMessage ack = smtp.awaitDelivered(requester, 1).get(0);

		Response resolved = this.api.post("/api/v1/tickets/" + number + "/resolve",
				"{\"solution\": \"Replaced the toner cartridge.\", \"cause\": \"The cartridge was empty.\"}");
		assertThat(resolved.status()).as(resolved.body()).isEqualTo(200);

		MimeMessage resolution = smtp.awaitDelivered(requester, 2)
			.stream()
			.filter((m) -> subject(m).contains("Resolved"))
			.findFirst()
			.orElseThrow();
		assertThat(resolution.getSubject()).isEqualTo("[" + number + "] Resolved: Toner warning");
		assertThat(text(resolution)).contains("Replaced the toner cartridge.", "Cause: The cartridge was empty.");
		assertThat(TestSmtp.header(resolution, "Auto-Submitted")).isEqualTo("auto-replied");
		assertThat(TestSmtp.header(resolution, "In-Reply-To")).isEqualTo(ack.getMessageID());
	}

	@Test
	void shouldNotAcknowledgeAMailThatAsksForNoAutomaticAnswer() throws Exception {
		String quiet = someone();
		String number = deliver(TestMails.from(quiet).header("X-Auto-Response-Suppress", "All")).get("ticketNumber")
			.asString();
		String ordinary = someone();
		deliver(TestMails.from(ordinary));

		smtp.awaitDelivered(ordinary, 1);
		assertThat(mailsOf(number)).isEmpty();
		Response replied = this.api.post("/api/v1/tickets/" + number + "/messages", "{\"body\": \"On it.\"}");
		assertThat(replied.status()).isEqualTo(201);
		assertThat(smtp.awaitDelivered(quiet, 1).get(0).getSubject()).contains(number);
	}

	@Test
	void shouldSendNothingForAnInternalNote() throws Exception {
		String requester = someone();
		String number = open("VPN drops", requester);
		smtp.awaitDelivered(requester, 1);

		assertThat(this.api
			.post("/api/v1/tickets/" + number + "/messages",
					"{\"body\": \"Internal: the customer is on the VIP list\", \"internal\": true}")
			.status()).isEqualTo(201);
		assertThat(this.api.post("/api/v1/tickets/" + number + "/messages", "{\"body\": \"We are on it.\"}").status())
			.isEqualTo(201);

		smtp.awaitDelivered(requester, 2);
		// the note's event was published before the reply's; give a late listener time to
		// show itself
		Thread.sleep(1000);
		List<MimeMessage> delivered = smtp.deliveredTo(requester);
		assertThat(delivered).hasSize(2);
		assertThat(delivered).noneMatch((m) -> text(m).contains("VIP"));
		assertThat(mailsOf(number)).extracting(OutboundMailView::kind)
			.containsExactlyInAnyOrder(OutboundMailKind.ACKNOWLEDGEMENT, OutboundMailKind.REPLY);
	}

	@Test
	void shouldKeepMailPendingWhileTheServerIsDownAndDeliverItWhenItIsBack() throws Exception {
		String requester = someone();
		String number;
		smtp.stop();
		try {
			number = open("Mail server outage", requester);
			OutboundMailView waiting = TestSmtp.await("a failed attempt",
					() -> mailsOf(number).stream().filter((m) -> m.attempts() >= 1).findFirst());
			assertThat(waiting.status()).isEqualTo(OutboundMailStatus.PENDING);
			assertThat(waiting.lastError()).containsIgnoringCase("connect");
			assertThat(waiting.nextAttemptAt()).isAfter(waiting.createdAt());
			this.mvc.perform(get("/admin/mail/outbound").param("status", "pending").with(admin()))
				.andExpect(status().isOk())
				.andExpect(content().string(containsString(number)))
				.andExpect(content().string(containsString("Connection refused")));
		}
		finally {
			smtp.start();
		}
		MimeMessage ack = smtp.awaitDelivered(requester, 1).get(0);
		assertThat(ack.getSubject()).contains(number);
		OutboundMailView sent = TestSmtp.await("the mail marked as sent",
				() -> mailsOf(number).stream().filter((m) -> m.status() == OutboundMailStatus.SENT).findFirst());
		assertThat(sent.attempts()).isGreaterThanOrEqualTo(2);
		assertThat(sent.lastError()).isNull();
	}

	@Test
	void shouldNotMailAnAddressThatBouncedAndSayWhy() throws Exception {
		String customer = someone();
		String number = deliver(TestMails.from(customer).subject("Need a new badge")).get("ticketNumber").asString();
		MimeMessage ack = smtp.awaitDelivered(customer, 1).get(0);
		JsonNode bounce = deliver(TestMails.bounce(customer, number, unbracket(ack.getMessageID())));
		assertThat(bounce.get("outcome").asString()).isEqualTo("bounce");
		assertThat(this.threads.failing(customer)).isTrue();

		this.api.post("/api/v1/tickets/" + number + "/messages", "{\"body\": \"Your badge is ready.\"}");

		OutboundMailView refused = TestSmtp.await("the reply recorded",
				() -> mailsOf(number).stream().filter((m) -> m.kind() == OutboundMailKind.REPLY).findFirst());
		assertThat(refused.status()).isEqualTo(OutboundMailStatus.FAILED);
		assertThat(refused.attempts()).isZero();
		assertThat(refused.lastError()).contains(customer, "bounced permanently");
		assertThat(smtp.deliveredTo(customer)).hasSize(1);
	}

	@Test
	void shouldQueueTheAcknowledgementWithTheTicketAndNothingForATicketThatWasRolledBack() {
		String requester = someone();
		TransactionTemplate transaction = new TransactionTemplate(this.transactionManager);
		String rolledBack = transaction.execute((status) -> {
			String number = this.tickets.open(command("Rolled back", requester), Actor.system()).number();
			status.setRollbackOnly();
			return number;
		});
		String committed = transaction
			.execute((status) -> this.tickets.open(command("Committed", requester), Actor.system()).number());

		// queued in the ticket's own transaction: there when the ticket is, without
		// waiting
		assertThat(mailsOf(committed)).extracting(OutboundMailView::kind)
			.containsExactly(OutboundMailKind.ACKNOWLEDGEMENT);
		assertThat(this.tickets.find(rolledBack)).isEmpty();
		assertThat(mailsOf(rolledBack)).isEmpty();
	}

	@Test
	void shouldNotMailTheDesksOwnAddress() {
		String number = open("Loop test", "HELP@desk.test");

		OutboundMailView refused = TestSmtp.await("the acknowledgement recorded",
				() -> mailsOf(number).stream().findFirst());
		assertThat(refused.status()).isEqualTo(OutboundMailStatus.FAILED);
		assertThat(refused.lastError()).contains("the desk's own address");
	}

	@Test
	void shouldUseAnAdminsTemplateInItsLanguageAndTheDefaultsElsewhere() throws Exception {
		this.mvc
			.perform(post("/admin/mail/templates/acknowledgement/nl").with(admin())
				.with(csrf())
				.param("subject", "[{ticketNumber}] {onderwerp}")
				.param("body", "Hoi"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Unknown placeholder {onderwerp}")));
		assertThat(this.templates.template(OutboundMailKind.ACKNOWLEDGEMENT, "nl").overridden()).isFalse();

		this.mvc
			.perform(post("/admin/mail/templates/acknowledgement/nl").with(admin())
				.with(csrf())
				.param("subject", "[{ticketNumber}] Ontvangen: {subject}")
				.param("body", "Hoi {requesterName},\n\nWe helpen u snel.\nVolg het hier: {link}"))
			.andExpect(redirectedUrl("/admin/mail/templates"));
		MailTemplateView saved = this.templates.template(OutboundMailKind.ACKNOWLEDGEMENT, "nl");
		assertThat(saved.overridden()).isTrue();
		assertThat(saved.updatedBy()).isEqualTo("admin");
		try {
			String dutch = someone();
			String italian = someone();
			String english = someone();
			String dutchNumber = deliver(TestMails.from("Joost <" + dutch + ">")
				.subject("Printer kapot")
				.header("Content-Language", "nl-NL")).get("ticketNumber").asString();
			String italianNumber = deliver(TestMails.from("Giulia <" + italian + ">")
				.subject("Stampante guasta")
				.header("Content-Language", "it")).get("ticketNumber").asString();
			String englishNumber = deliver(TestMails.from(english).subject("Printer broken")).get("ticketNumber")
				.asString();

			MimeMessage toDutch = smtp.awaitDelivered(dutch, 1).get(0);
			assertThat(toDutch.getSubject()).isEqualTo("[" + dutchNumber + "] Ontvangen: Printer kapot");
			assertThat(text(toDutch)).startsWith("Hoi Joost,")
				.contains("Volg het hier: https://desk.example.com/portal/t/");
			MimeMessage toItalian = smtp.awaitDelivered(italian, 1).get(0);
			assertThat(text(toItalian)).startsWith("Gentile Giulia,")
				.contains("Numero del ticket: " + italianNumber, "nell'oggetto");
			MimeMessage toEnglish = smtp.awaitDelivered(english, 1).get(0);
			assertThat(toEnglish.getSubject()).isEqualTo("[" + englishNumber + "] Printer broken");
			assertThat(text(toEnglish)).contains("Thank you for contacting us.");
			assertThat(mailsOf(dutchNumber).get(0).language()).isEqualTo("nl");
		}
		finally {
			this.mvc.perform(post("/admin/mail/templates/acknowledgement/nl/reset").with(admin()).with(csrf()))
				.andExpect(redirectedUrl("/admin/mail/templates"));
		}
		assertThat(this.templates.template(OutboundMailKind.ACKNOWLEDGEMENT, "nl").overridden()).isFalse();
	}

	@Test
	void shouldShowTemplatesWithAPreviewToAdmins() throws Exception {
		this.mvc.perform(get("/admin/mail/templates").with(admin()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("/admin/mail/templates/resolution/fi")));
		this.mvc.perform(get("/admin/mail/templates/reply/id").with(admin()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("{replyBody}")))
			.andExpect(content().string(containsString("Terima kasih atas detailnya.")));
		this.mvc
			.perform(post("/admin/mail/templates/reply/en/preview").with(admin())
				.with(csrf())
				.header("HX-Request", "true")
				.param("subject", "Re: [{ticketNumber}] {subject}")
				.param("body", "{replyBody}\n-- {agentName}"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Re: [TD-000042] The printer on the second floor")))
			.andExpect(content().string(containsString("-- Sam Support")))
			.andExpect(content().string(not(containsString("<html"))));
	}

	@Test
	void shouldListOutgoingMailForAdminsOnScreenAndThroughTheApi() throws Exception {
		String requester = someone();
		String number = open("Listed mail", requester);
		MimeMessage ack = smtp.awaitDelivered(requester, 1).get(0);
		TestSmtp.await("the mail marked as sent",
				() -> mailsOf(number).stream().filter((m) -> m.status() == OutboundMailStatus.SENT).findFirst());

		this.mvc.perform(get("/admin/mail/outbound").param("status", "sent").with(admin()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(ack.getSubject())))
			.andExpect(content().string(not(containsString("mail-not-configured"))));

		Response list = this.api.get("/api/v1/mail/outbound?status=sent&limit=500");
		assertThat(list.status()).isEqualTo(200);
		assertThat(list.json().get("sendingConfigured").asBoolean()).isTrue();
		assertThat(list.json().get("counts").get("sent").asLong()).isPositive();
		assertThat(list.body()).contains(unbracket(ack.getMessageID()), "\"ticket\":\"" + number + "\"");
		Response wrong = this.api.get("/api/v1/mail/outbound?status=lost");
		assertThat(wrong.status()).isEqualTo(400);
		assertThat(wrong.contentType()).startsWith("application/problem+json");
		long id = mailsOf(number).get(0).id();
		Response notFailed = this.api.post("/api/v1/mail/outbound/" + id + "/retry", null);
		assertThat(notFailed.status()).isEqualTo(409);
		assertThat(this.api.post("/api/v1/mail/outbound/987654321/retry", null).status()).isEqualTo(404);
	}

	String open(String subject, String requester) {
		Response created = this.api.post("/api/v1/tickets", """
				{"subject": "%s", "description": "It does not work.", "channel": "web",
				 "requester": {"email": "%s", "name": "Kim Example"}}
				""".formatted(subject, requester));
		assertThat(created.status()).as(created.body()).isEqualTo(201);
		return created.json().get("number").asString();
	}

	static OpenTicketCommand command(String subject, String requester) {
		return new OpenTicketCommand(subject, "It does not work.", requester, "Kim Example", null, Channel.PHONE, null,
				null, List.of());
	}

	JsonNode deliver(TestMails mail) {
		return deliver(mail.bytes());
	}

	JsonNode deliver(byte[] raw) {
		Response response = this.api.postRaw("/api/v1/mail/inbound?to=" + SUPPORT, "message/rfc822", raw);
		assertThat(response.status()).as(response.body()).isEqualTo(201);
		return response.json();
	}

	List<OutboundMailView> mailsOf(String number) {
		return this.outbound.list(null, 500).stream().filter((m) -> m.ticketNumber().equals(number)).toList();
	}

	static org.springframework.test.web.servlet.request.RequestPostProcessor admin() {
		return httpBasic("admin", DatabaseInitializers.ADMIN_PASSWORD);
	}

	static String someone() {
		return "cust-" + UUID.randomUUID().toString().substring(0, 8) + "@customer.test";
	}

	static String unbracket(String messageId) {
		return messageId.substring(1, messageId.length() - 1);
	}

	static String subject(MimeMessage message) {
		try {
			return Optional.ofNullable(message.getSubject()).orElse("");
		}
		catch (jakarta.mail.MessagingException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/** The plain text of a mail. */
	static String text(Part part) {
		try {
			if (part.isMimeType("text/plain")) {
				return (String) part.getContent();
			}
			if (part.isMimeType("multipart/*")) {
				Multipart multipart = (Multipart) part.getContent();
				for (int i = 0; i < multipart.getCount(); i++) {
					String text = text(multipart.getBodyPart(i));
					if (text != null) {
						return text;
					}
				}
			}
			return null;
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

	static byte[] attachment(MimeMessage message, String filename) throws Exception {
		Multipart multipart = (Multipart) message.getContent();
		for (int i = 0; i < multipart.getCount(); i++) {
			BodyPart part = multipart.getBodyPart(i);
			if (filename.equals(part.getFileName())) {
				return part.getInputStream().readAllBytes();
			}
		}
		throw new AssertionError("no attachment " + filename);
	}

}
