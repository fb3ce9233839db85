package org.tierdesk.browser;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;

import javax.imageio.ImageIO;

import com.microsoft.playwright.APIResponse;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.TimeoutError;
import com.microsoft.playwright.options.AriaRole;
import jakarta.mail.Multipart;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.tierdesk.channel.email.IntakeOutcome;
import org.tierdesk.channel.email.IntakeResult;
import org.tierdesk.channel.email.MailIntake;
import org.tierdesk.channel.email.MailSource;
import org.tierdesk.channel.email.RawMail;
import org.tierdesk.channel.email.TestMails;
import org.tierdesk.channel.email.outbound.TestSmtp;
import org.tierdesk.desk.DeskManagement;
import org.tierdesk.identity.IdentityManagement;
import org.tierdesk.identity.Role;
import org.tierdesk.identity.SaveAgentCommand;
import org.tierdesk.support.H2ApplicationTest;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A mailed request in a real browser: the customer's mail (HTML with an inline image and
 * a PDF attachment) comes in through the intake, an agent sees the image rendered in
 * place and the attachment to download, replies, and the customer's mailbox (GreenMail as
 * the desk's SMTP server) receives the reply threaded under the customer's mail with the
 * ticket number in its subject.
 */
@H2ApplicationTest
@DirtiesContext
class MailBrowserIT {

	static final TestSmtp smtp = new TestSmtp();

	static final String SUPPORT = "support@tierdesk.test";

	/** A 2×3 PNG: a rendered image is told apart from a broken one by its size. */
	static final byte[] IMAGE = png(2, 3);

	static final byte[] PDF = ("%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n"
			+ "2 0 obj << /Type /Pages /Kids [] /Count 0 >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n")
		.getBytes(StandardCharsets.US_ASCII);

	@RegisterExtension
	static final Chromium chromium = new Chromium();

	@DynamicPropertySource
	static void mail(DynamicPropertyRegistry registry) {
		registry.add("spring.mail.host", () -> "127.0.0.1");
		registry.add("spring.mail.port", smtp::port);
		registry.add("tierdesk.mail.from", () -> "Help Desk <" + SUPPORT + ">");
		registry.add("tierdesk.mail.outbound.interval", () -> "PT0.2S");
		registry.add("tierdesk.mail.outbound.initial-delay", () -> "PT0.2S");
	}

	@BeforeAll
	static void start() {
		smtp.start();
	}

	@AfterAll
	static void stop() {
		smtp.stop();
	}

	@LocalServerPort
	int port;

	@Autowired
	MailIntake intake;

	@Autowired
	IdentityManagement identity;

	@Autowired
	DeskManagement desk;

	@Test
	void agentSeesTheMailedImageAndAttachmentAndTheCustomerReceivesTheReplyThreaded() throws Exception {
		String suffix = UUID.randomUUID().toString().substring(0, 8);
		String customer = "cust-" + suffix + "@customer.test";
		TestMails request = TestMails.from("Carla Customer <" + customer + ">")
			.header("To", SUPPORT)
			.subject("Scanner shows an error " + suffix)
			.text("The scanner shows the error in the picture.\nThe log is attached.")
			.html("<p>The scanner shows <b>this error</b>:</p><img src=\"cid:error-" + suffix
					+ "@customer.test\" alt=\"error on the display\"><p>The log is attached.</p>")
			.inlineImage("error-" + suffix + "@customer.test", IMAGE)
			.attachment("scanner-log.pdf", "application/pdf", PDF);
		IntakeResult received = this.intake.receive(MailSource.gateway(SUPPORT), RawMail.of(request.bytes()));
		assertThat(received.outcome()).isEqualTo(IntakeOutcome.OPENED);
		String number = received.ticketNumber();

		String agent = "mira-" + suffix;
		this.identity.createAgent(new SaveAgentCommand(agent, agent + "@example.com", "Mira Mailreader", "password-123",
				Role.AGENT, true, Set.of(this.desk.tierAtLevel(1).orElseThrow().id()), Set.of()));
		Page page = chromium.signIn(base(), agent);
		page.navigate(base() + "/agent/tickets/" + number);
		assertThat(page.locator("h1")).containsText(number);

		// the inline image is shown in place, from the desk's attachment URL, and loaded
		Locator image = page.locator(".mail-html-content img");
		assertThat(image).hasCount(1);
		assertThat(image).hasAttribute("src", Pattern.compile("^/agent/attachments/\\d+$"));
		try {
			page.waitForFunction("img => img.complete && img.naturalWidth > 0", image.elementHandle(),
					new Page.WaitForFunctionOptions().setTimeout(10_000));
		}
		catch (TimeoutError ex) {
			throw new AssertionError("The inline image " + image.getAttribute("src") + " did not load within 10 s", ex);
		}
		assertThat(image.evaluate("img => [img.naturalWidth, img.naturalHeight]")).isEqualTo(List.of(2, 3));

		// the PDF is offered as a file and downloads byte for byte
		Locator file = page.getByRole(AriaRole.LINK,
				new Page.GetByRoleOptions().setName(Pattern.compile("^scanner-log\\.pdf")));
		assertThat(file).hasAttribute("href", Pattern.compile("^/agent/attachments/\\d+$"));
		APIResponse download = page.request().get(base() + file.getAttribute("href"));
		assertThat(download.status()).isEqualTo(200);
		assertThat(download.body()).isEqualTo(PDF);

		// the agent replies
		String replyText = "Please switch the scanner off and on again (" + suffix + ").";
		page.locator("#reply-body").fill(replyText);
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Send").setExact(true)).click();
		assertThat(page.locator(".timeline")).containsText(replyText);

		// the customer's mailbox gets the reply, threaded under the customer's mail
		MimeMessage reply = TestSmtp.await("the agent's reply in " + customer + "'s mailbox",
				() -> smtp.deliveredTo(customer).stream().filter((m) -> text(m).contains(replyText)).findFirst());
		assertThat(reply.getSubject()).contains("[" + number + "]").contains("Scanner shows an error " + suffix);
		String customerMessageId = "<" + request.messageIdValue() + ">";
		String inReplyTo = TestSmtp.header(reply, "In-Reply-To");
		String references = TestSmtp.header(reply, "References");
		assertThat(references).as("References of the reply").contains(customerMessageId);
		assertThat(inReplyTo).as("In-Reply-To of the reply").isNotBlank();
		assertThat(references).as("In-Reply-To is one of the thread's messages").contains(inReplyTo);
		assertThat(TestSmtp.header(reply, "X-Tierdesk-Ticket")).isEqualTo(number);
		page.context().close();
	}

	private String base() {
		return "http://localhost:" + this.port;
	}

	private static byte[] png(int width, int height) {
		BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try {
			ImageIO.write(image, "png", out);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return out.toByteArray();
	}

	private static String text(MimeMessage message) {
		try {
			Object content = message.getContent();
			if (content instanceof String text) {
				return text;
			}
			if (content instanceof Multipart multipart) {
				StringBuilder text = new StringBuilder();
				for (int i = 0; i < multipart.getCount(); i++) {
					if (multipart.getBodyPart(i).isMimeType("text/plain")) {
						text.append(multipart.getBodyPart(i).getContent());
					}
				}
				return text.toString();
			}
			return "";
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

}
