package org.tierdesk.channel.email.smtp;

import java.io.ByteArrayInputStream;
import java.util.EnumSet;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.UUID;

import jakarta.mail.Address;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;
import org.tierdesk.channel.email.InboundMailLog;
import org.tierdesk.channel.email.InboundMailView;
import org.tierdesk.channel.email.IntakeOutcome;
import org.tierdesk.channel.email.TestMails;
import org.tierdesk.channel.email.smtp.SmtpConversation.Reply;
import org.tierdesk.support.H2ApplicationTest;
import org.tierdesk.ticket.TicketManagement;
import org.tierdesk.ticket.TicketQuery;
import org.tierdesk.ticket.TicketView;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The built-in SMTP receiver on a free port, in front of the real intake on H2: what a
 * sending mail server sees (reply codes) and what the desk makes of it.
 */
@H2ApplicationTest
@TestPropertySource(properties = { "tierdesk.mail.smtp-receiver.enabled=true", "tierdesk.mail.smtp-receiver.port=0",
		"tierdesk.mail.smtp-receiver.addresses=support@tierdesk.test, Sales@Tierdesk.test",
		"tierdesk.mail.smtp-receiver.max-message-size=1MB" })
class SmtpReceiverIT {

	@Autowired
	SmtpReceiver receiver;

	@Autowired
	TicketManagement tickets;

	@Autowired
	InboundMailLog inboundMail;

	static String someone() {
		return "smtp-" + UUID.randomUUID().toString().substring(0, 8) + "@customer.test";
	}

	List<TicketView> ticketsOf(String requester) {
		return this.tickets
			.search(new TicketQuery(Set.of(), true, null, null, null, false, null, null, requester, null, true, 0, 10))
			.items();
	}

	@Test
	void shouldOpenTicketFromMailSentByJakartaMail() throws Exception {
		String sender = someone();
		byte[] raw = TestMails.from("Kim Customer <" + sender + ">").subject("Scanner offline").bytes();
		Properties settings = new Properties();
		settings.put("mail.smtp.host", "127.0.0.1");
		settings.put("mail.smtp.port", String.valueOf(this.receiver.port()));
		Session session = Session.getInstance(settings);
		MimeMessage message = new MimeMessage(session, new ByteArrayInputStream(raw));

		// the address differs in case from the configured one
		Transport.send(message, new Address[] { new InternetAddress("SUPPORT@TierDesk.test") });

		// no waiting: the 250 came only after the ticket was committed
		List<TicketView> opened = ticketsOf(sender);
		assertThat(opened).hasSize(1);
		assertThat(opened.get(0).subject()).isEqualTo("Scanner offline");
		assertThat(this.tickets.messages(opened.get(0).number(), false)).hasSize(1);
	}

	@Test
	void shouldRefuseUnknownRecipientWith550() {
		try (SmtpConversation smtp = SmtpConversation.open(this.receiver.port())) {
			assertThat(smtp.command("MAIL FROM:<" + someone() + ">").code()).isEqualTo(250);

			Reply unknown = smtp.command("RCPT TO:<nobody@tierdesk.test>");

			assertThat(unknown.code()).as(unknown.toString()).isEqualTo(550);
			assertThat(unknown.text()).startsWith("5.1.1");
			Reply noRecipient = smtp.command("DATA");
			assertThat(noRecipient.code()).as(noRecipient.toString()).isEqualTo(503);
		}
	}

	@Test
	void shouldStoreMailToTwoSupportAddressesOnce() {
		String sender = someone();
		TestMails mail = TestMails.from(sender).subject("Copied to sales").header("Cc", "sales@tierdesk.test");
		try (SmtpConversation smtp = SmtpConversation.open(this.receiver.port())) {
			assertThat(smtp.command("MAIL FROM:<" + sender + ">").code()).isEqualTo(250);
			assertThat(smtp.command("RCPT TO:<support@tierdesk.test>").code()).isEqualTo(250);
			assertThat(smtp.command("RCPT TO:<sales@tierdesk.test>").code()).isEqualTo(250);
			Reply refused = smtp.command("RCPT TO:<someone-else@tierdesk.test>");
			assertThat(refused.code()).as(refused.toString()).isEqualTo(550);

			Reply stored = smtp.data(mail.bytes());

			assertThat(stored.code()).as(stored.toString()).isEqualTo(250);
		}
		List<TicketView> opened = ticketsOf(sender);
		assertThat(opened).hasSize(1);
		assertThat(this.tickets.messages(opened.get(0).number(), false)).hasSize(1);
		assertThat(received(sender)).singleElement()
			.satisfies((record) -> assertThat(record.source()).isEqualTo("smtp"));
	}

	@Test
	void shouldRefuseOversizedMailWith552AndGoOnWithTheSession() {
		String sender = someone();
		String big = "x".repeat(998) + "\n";
		TestMails huge = TestMails.from(sender).subject("Too big").text(big.repeat(1200));
		try (SmtpConversation smtp = SmtpConversation.open(this.receiver.port())) {
			assertThat(smtp.command("MAIL FROM:<" + sender + ">").code()).isEqualTo(250);
			assertThat(smtp.command("RCPT TO:<support@tierdesk.test>").code()).isEqualTo(250);

			Reply tooBig = smtp.data(huge.bytes());

			assertThat(tooBig.code()).as(tooBig.toString()).isEqualTo(552);
			assertThat(tooBig.text()).startsWith("5.3.4");
			// the whole DATA was read: the next transaction works on the same connection
			assertThat(smtp.command("MAIL FROM:<" + sender + ">").code()).isEqualTo(250);
			assertThat(smtp.command("RCPT TO:<support@tierdesk.test>").code()).isEqualTo(250);
			assertThat(smtp.data(TestMails.from(sender).subject("Smaller").bytes()).code()).isEqualTo(250);
			// a declared size over the limit is refused at once
			Reply declared = smtp.command("MAIL FROM:<" + sender + "> SIZE=2000000");
			assertThat(declared.code()).as(declared.toString()).isEqualTo(552);
		}
		assertThat(ticketsOf(sender)).extracting(TicketView::subject).containsExactly("Smaller");
	}

	@Test
	void shouldTakeMailInBdatChunksAndRefuseOversizedOnes() {
		String sender = someone();
		byte[] mail = TestMails.from(sender).subject("Sent in chunks").text("Line\n".repeat(2000)).bytes();
		byte[] huge = TestMails.from(sender).subject("Chunked and too big").text("y".repeat(100) + "\n").bytes();
		byte[] padded = new byte[1_200_000];
		System.arraycopy(huge, 0, padded, 0, huge.length);
		java.util.Arrays.fill(padded, huge.length, padded.length, (byte) 'y');
		try (SmtpConversation smtp = SmtpConversation.open(this.receiver.port())) {
			assertThat(smtp.command("MAIL FROM:<" + sender + ">").code()).isEqualTo(250);
			assertThat(smtp.command("RCPT TO:<support@tierdesk.test>").code()).isEqualTo(250);

			List<Reply> replies = smtp.bdat(mail, 4096);

			assertThat(replies).extracting(Reply::code).containsOnly(250);

			assertThat(smtp.command("MAIL FROM:<" + sender + ">").code()).isEqualTo(250);
			assertThat(smtp.command("RCPT TO:<support@tierdesk.test>").code()).isEqualTo(250);

			List<Reply> refused = smtp.bdat(padded, 256 * 1024);

			assertThat(refused.get(refused.size() - 1).code()).as(refused.toString()).isEqualTo(552);
			assertThat(smtp.command("NOOP").code()).isEqualTo(250);
		}
		assertThat(ticketsOf(sender)).extracting(TicketView::subject).containsExactly("Sent in chunks");
	}

	@Test
	void shouldAcceptAutoReplyWithoutOpeningTicket() {
		String sender = someone();
		TestMails outOfOffice = TestMails.from(sender)
			.subject("Out of office: back on Monday")
			.header("Auto-Submitted", "auto-replied");
		try (SmtpConversation smtp = SmtpConversation.open(this.receiver.port())) {
			assertThat(smtp.command("MAIL FROM:<" + sender + ">").code()).isEqualTo(250);
			assertThat(smtp.command("RCPT TO:<support@tierdesk.test>").code()).isEqualTo(250);

			Reply accepted = smtp.data(outOfOffice.bytes());

			assertThat(accepted.code()).as(accepted.toString()).isEqualTo(250);
		}
		assertThat(ticketsOf(sender)).isEmpty();
		assertThat(received(sender)).singleElement()
			.satisfies((record) -> assertThat(record.outcome()).isEqualTo(IntakeOutcome.AUTOMATED));
	}

	@Test
	void shouldAcceptBounceFromTheNullSender() {
		String daemon = "mailer-daemon@" + UUID.randomUUID().toString().substring(0, 8) + ".customer.test";
		String bounce = """
				From: Mail Delivery System <%s>
				To: support@tierdesk.test
				Subject: Undelivered Mail Returned to Sender
				Message-ID: <%s@mx.customer.test>
				MIME-Version: 1.0
				Content-Type: multipart/report; report-type=delivery-status; boundary="B1"

				--B1
				Content-Type: text/plain

				Your message could not be delivered.

				--B1
				Content-Type: message/delivery-status

				Reporting-MTA: dns; mx.customer.test

				Final-Recipient: rfc822; gone@customer.test
				Action: failed
				Status: 5.1.1

				--B1--
				""".formatted(daemon, UUID.randomUUID());
		try (SmtpConversation smtp = SmtpConversation.open(this.receiver.port())) {
			assertThat(smtp.command("MAIL FROM:<>").code()).isEqualTo(250);
			assertThat(smtp.command("RCPT TO:<support@tierdesk.test>").code()).isEqualTo(250);

			Reply accepted = smtp.data(bounce.getBytes(java.nio.charset.StandardCharsets.US_ASCII));

			assertThat(accepted.code()).as(accepted.toString()).isEqualTo(250);
		}
		assertThat(ticketsOf(daemon)).isEmpty();
		assertThat(received(daemon)).singleElement()
			.satisfies((record) -> assertThat(record.outcome()).isIn(IntakeOutcome.BOUNCE, IntakeOutcome.AUTOMATED));
	}

	private List<InboundMailView> received(String sender) {
		return this.inboundMail.list(EnumSet.allOf(IntakeOutcome.class), 0, 200)
			.stream()
			.filter((record) -> sender.equalsIgnoreCase(record.sender()))
			.toList();
	}

}
