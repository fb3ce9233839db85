package org.tierdesk.channel.email.mailbox;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import java.util.UUID;

import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.SendFailedException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.tierdesk.desk.DepartmentView;
import org.tierdesk.desk.DeskManagement;
import org.tierdesk.support.ApiClient;
import org.tierdesk.support.DatabaseInitializers;
import org.tierdesk.support.H2ApplicationTest;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * A DIRECT mailbox through the built-in SMTP receiver: mail to its support address is
 * accepted and its ticket goes to the mailbox's department; the address of a disabled or
 * deleted mailbox is refused.
 */
@H2ApplicationTest
class MailboxDirectDeliveryIT {

	static final int SMTP_PORT = freePort();

	@DynamicPropertySource
	static void smtpReceiver(DynamicPropertyRegistry registry) {
		registry.add("tierdesk.mail.smtp-receiver.enabled", () -> "true");
		registry.add("tierdesk.mail.smtp-receiver.port", () -> SMTP_PORT);
	}

	@LocalServerPort
	int port;

	@Autowired
	MailboxManagement mailboxes;

	@Autowired
	DeskManagement desk;

	static int freePort() {
		try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
			return socket.getLocalPort();
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

	static void send(String sender, String subject, String recipient) throws MessagingException {
		Properties settings = new Properties();
		settings.put("mail.smtp.host", "127.0.0.1");
		settings.put("mail.smtp.port", String.valueOf(SMTP_PORT));
		Session session = Session.getInstance(settings);
		String raw = "From: <" + sender + ">\r\nTo: <" + recipient + ">\r\nSubject: " + subject + "\r\nMessage-ID: <"
				+ UUID.randomUUID() + "@customer.test>\r\n\r\nHello\r\n";
		MimeMessage message = new MimeMessage(session,
				new java.io.ByteArrayInputStream(raw.getBytes(StandardCharsets.UTF_8)));
		Transport.send(message, new Address[] { new InternetAddress(recipient) });
	}

	@Test
	void shouldAcceptMailForTheSupportAddressOfAnEnabledMailboxOnly() throws Exception {
		String id = UUID.randomUUID().toString().substring(0, 8);
		DepartmentView billing = this.desk.addDepartment("Billing " + id);
		MailboxView mailbox = this.mailboxes
			.create(new SaveMailboxCommand("Billing " + id, MailProtocol.DIRECT, null, null, null, null, null, null,
					null, null, billing.id(), null, "billing-" + id + "@desk.test", true, null));
		try {
			String sender = "direct-" + id + "@customer.test";
			send(sender, "Invoice twice", "Billing-" + id + "@Desk.test");

			ApiClient api = ApiClient.basic(this.port, "admin", DatabaseInitializers.ADMIN_PASSWORD);
			JsonNode tickets = api.get("/api/v1/tickets?status=all&requester=" + sender).json().get("items");
			assertThat(tickets).hasSize(1);
			assertThat(tickets.get(0).get("department").asString()).isEqualTo(billing.name());

			this.mailboxes.update(mailbox.id(),
					new SaveMailboxCommand("Billing " + id, MailProtocol.DIRECT, null, null, null, null, null, null,
							null, null, billing.id(), null, "billing-" + id + "@desk.test", false, null));
			assertThatExceptionOfType(SendFailedException.class)
				.isThrownBy(() -> send(sender, "Still there?", "billing-" + id + "@desk.test"));
		}
		finally {
			this.mailboxes.delete(mailbox.id());
		}
		assertThatExceptionOfType(SendFailedException.class)
			.isThrownBy(() -> send("late-" + id + "@customer.test", "Gone?", "billing-" + id + "@desk.test"));
	}

	@Test
	void shouldSendGatewayMailToTheDepartmentOfTheMailboxItIsAddressedTo() throws Exception {
		String id = UUID.randomUUID().toString().substring(0, 8);
		DepartmentView hr = this.desk.addDepartment("HR " + id);
		MailboxView mailbox = this.mailboxes.create(new SaveMailboxCommand("HR " + id, MailProtocol.DIRECT, null, null,
				null, null, null, null, null, null, hr.id(), null, "hr-" + id + "@desk.test", true, null));
		try {
			ApiClient api = ApiClient.basic(this.port, "admin", DatabaseInitializers.ADMIN_PASSWORD);
			String sender = "gateway-" + id + "@customer.test";
			byte[] raw = ("From: <" + sender + ">\r\nTo: <hr-" + id + "@desk.test>\r\nSubject: Holiday request\r\n"
					+ "Message-ID: <" + UUID.randomUUID() + "@customer.test>\r\n\r\nTwo days in May\r\n")
				.getBytes(StandardCharsets.UTF_8);
			assertThat(api.postRaw("/api/v1/mail/inbound?to=HR-" + id + "@desk.test", "message/rfc822", raw).status())
				.isEqualTo(201);

			JsonNode tickets = api.get("/api/v1/tickets?status=all&requester=" + sender).json().get("items");
			assertThat(tickets).hasSize(1);
			assertThat(tickets.get(0).get("department").asString()).isEqualTo(hr.name());
		}
		finally {
			this.mailboxes.delete(mailbox.id());
		}
	}

}
