package org.tierdesk.channel.email;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;
import org.tierdesk.identity.IdentityManagement;
import org.tierdesk.support.ApiClient;
import org.tierdesk.support.ApiClient.Response;
import org.tierdesk.ticket.TicketManagement;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Mail through the HTTP gateway into tickets, on each supported database (see the
 * subclasses): opening, threading, duplicates, automated mail, bounces, loops, the
 * per-sender limit, quarantine and re-processing.
 */
@TestPropertySource(properties = "tierdesk.mail.intake.rate-limit=5")
abstract class MailIntakeIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	IdentityManagement identity;

	@Autowired
	TicketManagement tickets;

	@Autowired
	MailThreads threads;

	ApiClient api;

	@BeforeEach
	void signIn() {
		long adminId = this.identity.userNamed("admin").orElseThrow().id();
		this.api = ApiClient.bearer(this.port, this.identity.createApiToken(adminId, "mail tests").secret());
	}

	static String someone() {
		return "cust-" + UUID.randomUUID().toString().substring(0, 8) + "@customer.test";
	}

	JsonNode deliver(TestMails mail) {
		return deliver(mail.bytes());
	}

	JsonNode deliver(byte[] raw) {
		Response response = this.api.postRaw("/api/v1/mail/inbound?to=support@tierdesk.test", "message/rfc822", raw);
		assertThat(response.status()).as(response.body()).isEqualTo(201);
		return response.json();
	}

	JsonNode messages(String number) {
		Response response = this.api.get("/api/v1/tickets/" + number + "/messages");
		assertThat(response.status()).as(response.body()).isEqualTo(200);
		return response.json();
	}

	@Test
	void shouldOpenTicketFromMailWithInlineImageAndAttachment() {
		String sender = someone();
		TestMails mail = TestMails.from("Anna Example <" + sender + ">")
			.subject("Re: Printer on floor 3 jams")
			.header("Cc", "Boss <boss@customer.test>, support@tierdesk.test")
			.text("The printer jams.\nSee the picture.")
			.html("<p>The printer <b>jams</b>.</p><img src=\"cid:shot1@x\" alt=\"screenshot\">"
					+ "<img src=\"https://tracker.example/pixel.gif\" alt=\"pixel\"><script>alert(1)</script>"
					+ "<a href=\"javascript:alert(2)\">click</a>")
			.inlineImage("shot1@x", TestMails.png())
			.attachment("report.pdf", "application/pdf", "%PDF-1.4 test".getBytes(StandardCharsets.US_ASCII));

		JsonNode result = deliver(mail);

		assertThat(result.get("outcome").asString()).isEqualTo("opened");
		String number = result.get("ticketNumber").asString();
		JsonNode ticket = this.api.get("/api/v1/tickets/" + number).json();
		assertThat(ticket.get("subject").asString()).isEqualTo("Printer on floor 3 jams");
		assertThat(ticket.get("channel").asString()).isEqualTo("email");
		assertThat(ticket.get("requester").get("email").asString()).isEqualTo(sender);
		assertThat(ticket.get("requester").get("name").asString()).isEqualTo("Anna Example");

		JsonNode message = messages(number).get(0);
		assertThat(message.get("channel").asString()).isEqualTo("email");
		assertThat(message.get("from").get("email").asString()).isEqualTo(sender);
		assertThat(message.get("subject").asString()).isEqualTo("Re: Printer on floor 3 jams");
		assertThat(message.get("messageId").asString()).isEqualTo(mail.messageIdValue());
		assertThat(message.get("threadingReason").asString()).isEqualTo("new_ticket");
		assertThat(message.get("cc").toString()).contains("boss@customer.test");
		assertThat(message.get("bodyText").asString()).contains("The printer jams.");
		String html = message.get("bodyHtml").asString();
		assertThat(html).contains("<b>jams</b>").doesNotContain("<script").doesNotContain("javascript:");
		JsonNode attachments = message.get("attachments");
		assertThat(attachments).hasSize(2);
		JsonNode image = attachments.get(0).get("inline").asBoolean() ? attachments.get(0) : attachments.get(1);
		JsonNode pdf = attachments.get(0).get("inline").asBoolean() ? attachments.get(1) : attachments.get(0);
		assertThat(image.get("inline").asBoolean()).isTrue();
		assertThat(html).contains("/api/v1/attachments/" + image.get("id").asLong());
		assertThat(pdf.get("filename").asString()).isEqualTo("report.pdf");
		Response download = this.api.get("/api/v1/attachments/" + pdf.get("id").asLong());
		assertThat(download.body()).isEqualTo("%PDF-1.4 test");

		JsonNode byRequester = this.api.get("/api/v1/tickets?requester=" + sender + "&status=all").json();
		assertThat(byRequester.get("items")).hasSize(1);
	}

	@Test
	void shouldThreadRepliesByInReplyToReferencesAndSubjectNumber() {
		String sender = someone();
		TestMails first = TestMails.from(sender).subject("VPN drops every hour");
		String number = deliver(first).get("ticketNumber").asString();

		JsonNode byInReplyTo = deliver(
				TestMails.from(sender).subject("Re: VPN drops every hour").inReplyTo(first.messageIdValue()));
		assertThat(byInReplyTo.get("outcome").asString()).isEqualTo("appended");
		assertThat(byInReplyTo.get("ticketNumber").asString()).isEqualTo(number);

		JsonNode byReferences = deliver(TestMails.from(sender)
			.subject("Something else entirely")
			.header("References", "<unknown@elsewhere.test> <" + first.messageIdValue() + ">"));
		assertThat(byReferences.get("ticketNumber").asString()).isEqualTo(number);

		JsonNode bySubject = deliver(TestMails.from("colleague-" + sender).subject("AW: [" + number + "] VPN"));
		assertThat(bySubject.get("outcome").asString()).isEqualTo("appended");
		assertThat(bySubject.get("ticketNumber").asString()).isEqualTo(number);

		JsonNode messages = messages(number);
		assertThat(messages).hasSize(4);
		assertThat(messages.get(1).get("threadingReason").asString()).isEqualTo("in_reply_to");
		assertThat(messages.get(2).get("threadingReason").asString()).isEqualTo("references");
		assertThat(messages.get(3).get("threadingReason").asString()).isEqualTo("subject_number");
		assertThat(messages.get(3).get("threadingDetail").asString()).isEqualTo(number);
	}

	@Test
	void shouldStoreTheSameMessageOnce() {
		TestMails mail = TestMails.from(someone()).subject("Delivered twice");
		JsonNode first = deliver(mail);
		JsonNode second = deliver(mail.header("Received", "from mx2.customer.test by mx.tierdesk.test"));

		assertThat(first.get("outcome").asString()).isEqualTo("opened");
		assertThat(second.get("outcome").asString()).isEqualTo("duplicate");
		assertThat(messages(first.get("ticketNumber").asString())).hasSize(1);
	}

	@Test
	void shouldRecordAutoRepliesWithoutOpeningTickets() {
		String sender = someone();
		JsonNode result = deliver(TestMails.from(sender)
			.subject("Out of office: back on Monday")
			.header("Auto-Submitted", "auto-replied"));

		assertThat(result.get("outcome").asString()).isEqualTo("automated");
		assertThat(result.get("ticketNumber").isNull()).isTrue();
		assertThat(this.api.get("/api/v1/tickets?requester=" + sender + "&status=all").json().get("items")).isEmpty();
		JsonNode listed = this.api.get("/api/v1/mail/automated?size=200").json().get("items");
		assertThat(listed.toString()).contains(sender).contains("AUTO_REPLY");
	}

	@Test
	void shouldAttachBounceToTheTicketAndMarkTheAddressFailing() {
		String customer = someone();
		String number = deliver(TestMails.from(customer).subject("Need a new badge")).get("ticketNumber").asString();
		long ticketId = this.tickets.get(number).id();
		String sentId = "reply-" + UUID.randomUUID() + "@tierdesk.test";
		this.threads.recordOutgoing(ticketId, null, sentId);

		JsonNode result = deliver(TestMails.bounce(customer, number, sentId));

		assertThat(result.get("outcome").asString()).isEqualTo("bounce");
		assertThat(result.get("ticketNumber").asString()).isEqualTo(number);
		assertThat(this.threads.failing(customer)).isTrue();
		JsonNode messages = messages(number);
		assertThat(messages).hasSize(2);
		JsonNode note = messages.get(1);
		assertThat(note.get("internal").asBoolean()).isTrue();
		assertThat(note.get("bodyText").asString()).contains(customer).contains("5.1.1");
		assertThat(note.get("attachments").get(0).get("filename").asString()).isEqualTo("undelivered.eml");
		assertThat(this.tickets.get(number).status().apiName()).isEqualTo("new");
	}

	@Test
	void shouldRecogniseItsOwnMailComingBack() {
		String number = deliver(TestMails.from(someone()).subject("Monitor flickers")).get("ticketNumber").asString();
		String sentId = "ack-" + UUID.randomUUID() + "@tierdesk.test";
		this.threads.recordOutgoing(this.tickets.get(number).id(), null, sentId);

		JsonNode result = deliver(TestMails.from("support@tierdesk.test").messageId(sentId));
		JsonNode fromOwnAddress = deliver(TestMails.from("Support <support@tierdesk.test>"));

		assertThat(result.get("outcome").asString()).isEqualTo("loop");
		assertThat(fromOwnAddress.get("outcome").asString()).isEqualTo("loop");
		assertThat(messages(number)).hasSize(1);
	}

	@Test
	void shouldRecogniseMailFromADepartmentsSendingAddressAsALoop() {
		String sender = "sales-" + UUID.randomUUID().toString().substring(0, 8) + "@desk.test";
		Response department = this.api.post("/api/v1/admin/departments",
				"{\"name\": \"Sales %s\", \"senderAddress\": \"%s\"}".formatted(sender, sender));
		assertThat(department.status()).as(department.body()).isEqualTo(201);

		JsonNode result = deliver(
				TestMails.from("Sales <" + sender.toUpperCase(java.util.Locale.ROOT) + ">").subject("Your order"));

		assertThat(result.get("outcome").asString()).isEqualTo("loop");
		assertThat(result.has("ticketNumber") && !result.get("ticketNumber").isNull()).isFalse();
	}

	@Test
	void shouldQuarantineMailWithoutSenderKeepItsSourceAndReprocess() {
		TestMails mail = TestMails.from("not an address").subject("Who am I");
		JsonNode result = deliver(mail);

		assertThat(result.get("outcome").asString()).isEqualTo("quarantined");
		assertThat(result.get("reason").asString()).isEqualTo("NO_SENDER");
		long id = result.get("id").asLong();
		assertThat(this.api.get("/api/v1/mail/quarantine?size=200").json().get("items").toString())
			.contains("\"id\":" + id);
		Response raw = this.api.get("/api/v1/mail/inbound/" + id + "/raw");
		assertThat(raw.status()).isEqualTo(200);
		assertThat(raw.body()).isEqualTo(new String(mail.bytes(), StandardCharsets.UTF_8));

		Response again = this.api.post("/api/v1/mail/inbound/" + id + "/reprocess", null);
		assertThat(again.status()).as(again.body()).isEqualTo(200);
		assertThat(again.json().get("outcome").asString()).isEqualTo("quarantined");
		assertThat(this.api.get("/api/v1/mail/inbound/" + id).json().get("outcome").asString())
			.isEqualTo("reprocessed");
		long newer = again.json().get("id").asLong();
		assertThat(this.api.get("/api/v1/mail/inbound/" + newer).json().get("attempts").asInt()).isEqualTo(2);

		Response discarded = this.api.post("/api/v1/mail/inbound/" + newer + "/discard", null);
		assertThat(discarded.json().get("outcome").asString()).isEqualTo("discarded");
		Response twice = this.api.post("/api/v1/mail/inbound/" + id + "/reprocess", null);
		assertThat(twice.status()).isEqualTo(409);
		assertThat(twice.contentType()).startsWith("application/problem+json");
	}

	@Test
	void shouldQuarantineMailOverTheParserLimits() {
		StringBuilder raw = new StringBuilder("From: someone@customer.test\r\nSubject: huge header\r\nX-Long: ");
		raw.append("a".repeat(100_000)).append("\r\n\r\nbody\r\n");

		JsonNode result = deliver(raw.toString().getBytes(StandardCharsets.US_ASCII));

		assertThat(result.get("outcome").asString()).isEqualTo("quarantined");
		assertThat(result.get("reason").asString()).isEqualTo("LIMIT_EXCEEDED");
	}

	@Test
	void shouldHoldBulkMailUntilPromoted() {
		String sender = someone();
		JsonNode held = deliver(TestMails.from(sender).subject("Question via our list").header("Precedence", "list"));
		assertThat(held.get("outcome").asString()).isEqualTo("automated");

		Response promoted = this.api.post("/api/v1/mail/inbound/" + held.get("id").asLong() + "/promote", null);

		assertThat(promoted.status()).as(promoted.body()).isEqualTo(200);
		assertThat(promoted.json().get("outcome").asString()).isEqualTo("opened");
		assertThat(this.tickets.get(promoted.json().get("ticketNumber").asString()).requester().email())
			.isEqualTo(sender);
	}

	@Test
	void shouldReopenResolvedTicketAndFollowUpClosedOne() {
		String sender = someone();
		TestMails first = TestMails.from(sender).subject("Password expired");
		String number = deliver(first).get("ticketNumber").asString();
		assertThat(this.api.post("/api/v1/tickets/" + number + "/resolve", "{\"solution\": \"Reset it\"}").status())
			.isEqualTo(200);

		JsonNode reopened = deliver(TestMails.from(sender).inReplyTo(first.messageIdValue()).subject("Re: x"));
		assertThat(reopened.get("ticketNumber").asString()).isEqualTo(number);
		assertThat(this.tickets.get(number).status().apiName()).isEqualTo("open");

		assertThat(this.api.post("/api/v1/tickets/" + number + "/resolve", "{\"solution\": \"Reset again\"}").status())
			.isEqualTo(200);
		assertThat(this.api.post("/api/v1/tickets/" + number + "/close", null).status()).isEqualTo(200);
		JsonNode followUp = deliver(TestMails.from(sender).inReplyTo(first.messageIdValue()).subject("Re: x"));

		assertThat(followUp.get("outcome").asString()).isEqualTo("opened");
		String newNumber = followUp.get("ticketNumber").asString();
		assertThat(newNumber).isNotEqualTo(number);
		JsonNode message = messages(newNumber).get(0);
		assertThat(message.get("threadingReason").asString()).isEqualTo("follow_up");
		assertThat(message.get("threadingDetail").asString()).isEqualTo(number);
	}

	@Test
	void shouldStopARunawaySender() {
		String sender = someone();
		for (int i = 0; i < 5; i++) {
			assertThat(deliver(TestMails.from(sender).subject("Loop " + i)).get("outcome").asString())
				.isEqualTo("opened");
		}
		JsonNode sixth = deliver(TestMails.from(sender).subject("Loop 6"));
		assertThat(sixth.get("outcome").asString()).isEqualTo("rate_limited");
		assertThat(this.api.get("/api/v1/tickets?requester=" + sender + "&status=all&size=50").json().get("items"))
			.hasSize(5);
	}

	@Test
	void shouldDecodeCharsetsAndEncodedHeaders() {
		String sender = someone();
		String raw = """
				From: =?ISO-8859-1?Q?J=FCrgen_M=FCller?= <%s>
				To: support@tierdesk.test
				Subject: =?UTF-8?B?UHLDtmJsZW0gbWl0IGRlbSBEcnVja2Vy?=
				Message-ID: <%s>
				MIME-Version: 1.0
				Content-Type: multipart/mixed; boundary="X"

				--X
				Content-Type: text/plain; charset=ISO-8859-1
				Content-Transfer-Encoding: quoted-printable

				Gr=FC=DFe aus K=F6ln
				--X
				Content-Type: application/octet-stream
				Content-Disposition: attachment; filename*=UTF-8''%%C3%%BCbersicht.txt
				Content-Transfer-Encoding: base64

				aGVsbG8=
				--X--
				""".formatted(sender, TestMails.newMessageId()).replace("\n", "\r\n");

		String number = deliver(raw.getBytes(StandardCharsets.US_ASCII)).get("ticketNumber").asString();

		JsonNode ticket = this.api.get("/api/v1/tickets/" + number).json();
		assertThat(ticket.get("subject").asString()).isEqualTo("Pröblem mit dem Drucker");
		assertThat(ticket.get("requester").get("name").asString()).isEqualTo("Jürgen Müller");
		JsonNode message = messages(number).get(0);
		assertThat(message.get("bodyText").asString()).isEqualTo("Grüße aus Köln");
		assertThat(message.get("attachments").get(0).get("filename").asString()).isEqualTo("übersicht.txt");
	}

	@Test
	void shouldFoldQuotedHistoryButKeepTheWholeText() {
		String sender = someone();
		TestMails first = TestMails.from(sender).subject("Laptop battery");
		String number = deliver(first).get("ticketNumber").asString();
		deliver(TestMails.from(sender)
			.inReplyTo(first.messageIdValue())
			.text("It still drains in an hour.\n\nOn Mon, 23 Nov 2026 at 10:00, Support <support@tierdesk.test> wrote:\n"
					+ "> Please try a new charger.\n> Regards"));

		JsonNode reply = messages(number).get(1);
		String text = reply.get("bodyText").asString();
		assertThat(text).contains("> Please try a new charger.");
		assertThat(text.substring(0, reply.get("quotedFrom").asInt()).strip()).isEqualTo("It still drains in an hour.");
	}

	@Test
	void shouldOpenTicketButAskForNoAcknowledgementWhenTheSenderSuppressesAutoReplies() {
		JsonNode result = deliver(TestMails.from(someone()).header("X-Auto-Response-Suppress", "All"));

		assertThat(result.get("outcome").asString()).isEqualTo("opened");
		long ticketId = this.tickets.get(result.get("ticketNumber").asString()).id();
		assertThat(this.threads.conversation(ticketId)).get().extracting(MailConversation::noAutoReply).isEqualTo(true);
		JsonNode plain = deliver(TestMails.from(someone()));
		assertThat(this.threads.conversation(this.tickets.get(plain.get("ticketNumber").asString()).id())).get()
			.extracting(MailConversation::noAutoReply)
			.isEqualTo(false);
	}

	@Test
	void shouldRecogniseAMailWithoutMessageIdDeliveredTwice() {
		TestMails mail = TestMails.from(someone()).subject("No id at all").messageId(null);
		JsonNode first = deliver(mail);
		JsonNode second = deliver(mail);

		assertThat(first.get("outcome").asString()).isEqualTo("opened");
		assertThat(second.get("outcome").asString()).isEqualTo("duplicate");
		JsonNode message = messages(first.get("ticketNumber").asString()).get(0);
		assertThat(message.get("messageId").isNull()).isTrue();
	}

	@Test
	void shouldLeaveAnOversizedAttachmentInTheOriginalAndSaySo() {
		byte[] big = new byte[11 * 1024 * 1024];
		new java.util.Random(7).nextBytes(big);
		TestMails mail = TestMails.from(someone())
			.subject("Huge log")
			.attachment("huge.log", "application/octet-stream", big)
			.attachment("small.txt", "text/plain", "fine".getBytes(StandardCharsets.UTF_8));
		JsonNode result = deliver(mail);

		assertThat(result.get("outcome").asString()).isEqualTo("opened");
		String number = result.get("ticketNumber").asString();
		JsonNode messages = messages(number);
		assertThat(messages.get(0).get("attachments")).hasSize(1);
		assertThat(messages.get(0).get("attachments").get(0).get("filename").asString()).isEqualTo("small.txt");
		JsonNode note = messages.get(1);
		assertThat(note.get("internal").asBoolean()).isTrue();
		assertThat(note.get("bodyText").asString()).contains("huge.log");
		Response raw = this.api.get("/api/v1/mail/inbound/" + result.get("id").asLong() + "/raw");
		assertThat(raw.body().length()).isGreaterThan(big.length);
	}

	@Test
	void shouldTakeMailWithABrokenMimeStructure() {
		String sender = someone();
		String raw = ("From: " + sender + "\r\nSubject: Broken boundary\r\nMessage-ID: <" + TestMails.newMessageId()
				+ ">\r\nMIME-Version: 1.0\r\nContent-Type: multipart/mixed; boundary=\"declared\"\r\n\r\n"
				+ "--other\r\nContent-Type: text/plain\r\nContent-Transfer-Encoding: base64\r\n\r\n"
				+ "this is not base64 !!!\r\n--other--\r\n");
		JsonNode result = deliver(raw.getBytes(StandardCharsets.US_ASCII));

		// nothing is lost: a ticket (with whatever text could be read) or a quarantined
		// original
		assertThat(result.get("outcome").asString()).isIn("opened", "quarantined");
		Response original = this.api.get("/api/v1/mail/inbound/" + result.get("id").asLong() + "/raw");
		assertThat(original.body()).isEqualTo(raw);
	}

	@Test
	void shouldRefuseTheGatewayWithoutAdminRights() {
		Response anonymous = ApiClient.anonymous(this.port)
			.postRaw("/api/v1/mail/inbound", "message/rfc822", TestMails.from(someone()).bytes());
		assertThat(anonymous.status()).isEqualTo(401);
	}

}
