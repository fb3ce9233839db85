package org.tierdesk.channel.email.web;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.tierdesk.channel.email.IntakeOutcome;
import org.tierdesk.channel.email.IntakeResult;
import org.tierdesk.channel.email.MailIntake;
import org.tierdesk.channel.email.MailSource;
import org.tierdesk.channel.email.MailThreads;
import org.tierdesk.channel.email.RawMail;
import org.tierdesk.channel.email.TestMails;
import org.tierdesk.identity.IdentityManagement;
import org.tierdesk.identity.RegisterCustomerCommand;
import org.tierdesk.identity.Role;
import org.tierdesk.identity.SaveAgentCommand;
import org.tierdesk.platform.ContentSecurityPolicy;
import org.tierdesk.support.H2ApplicationTest;
import org.tierdesk.ticket.Actor;
import org.tierdesk.ticket.AttachmentView;
import org.tierdesk.ticket.MessageView;
import org.tierdesk.ticket.TicketManagement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * What an agent sees of a ticket that came by mail: recipients, why it is in the ticket,
 * the sanitised HTML with its inline image and blocked remote images, the folded quote,
 * the files and the original source. Mail goes in through the real intake.
 */
@H2ApplicationTest
@AutoConfigureMockMvc
class AgentMailViewIT {

	@Autowired
	MockMvc mvc;

	@Autowired
	MailIntake intake;

	@Autowired
	MailThreads threads;

	@Autowired
	TicketManagement tickets;

	@Autowired
	IdentityManagement identity;

	@Autowired
	UserDetailsService users;

	RequestPostProcessor agent;

	@BeforeEach
	void signIn() {
		String name = "mailview-" + UUID.randomUUID().toString().substring(0, 8);
		this.identity.createAgent(new SaveAgentCommand(name, name + "@example.com", "Mia Mail", "password-123",
				Role.AGENT, true, Set.of(), Set.of()));
		this.agent = user(this.users.loadUserByUsername(name));
	}

	static String someone() {
		return "cust-" + UUID.randomUUID().toString().substring(0, 8) + "@customer.test";
	}

	IntakeResult deliver(TestMails mail) {
		return deliver(mail.bytes());
	}

	IntakeResult deliver(byte[] raw) {
		return this.intake.receive(MailSource.gateway("support@tierdesk.test"), RawMail.of(raw));
	}

	MockHttpServletResponse page(String number, String... images) throws Exception {
		var request = get("/agent/tickets/{n}", number).with(this.agent);
		if (images.length > 0) {
			request.param("images", images);
		}
		return this.mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse();
	}

	static Document html(MockHttpServletResponse response) throws Exception {
		return Jsoup.parse(response.getContentAsString());
	}

	@Test
	void shouldShowMailWithRecipientsReasonSanitisedHtmlAndFiles() throws Exception {
		String sender = someone();
		TestMails mail = TestMails.from("Anna Example <" + sender + ">")
			.subject("Re: Printer on floor 3 jams")
			.header("Cc", "Boss <boss@customer.test>")
			.text("The printer jams.\nSee the picture.")
			.html("<p>The printer <b>jams</b>.</p><img src=\"cid:shot1@x\" alt=\"screenshot\">"
					+ "<img src=\"https://tracker.example/pixel.gif\" alt=\"pixel\"><script>alert(1)</script>"
					+ "<img src=\"x\" onerror=\"alert(3)\"><a href=\"javascript:alert(2)\">click</a>"
					+ "<span class=\"btn btn-danger\">styled</span>")
			.inlineImage("shot1@x", TestMails.png())
			.attachment("report.pdf", "application/pdf", "%PDF-1.4 test".getBytes(StandardCharsets.US_ASCII));
		String number = deliver(mail).ticketNumber();
		MessageView message = this.tickets.messages(number, true).get(0);
		long image = message.attachments().stream().filter(AttachmentView::inline).findFirst().orElseThrow().id();
		long pdf = message.attachments().stream().filter((a) -> !a.inline()).findFirst().orElseThrow().id();

		MockHttpServletResponse response = page(number);

		assertThat(response.getHeader(ContentSecurityPolicy.HEADER)).isEqualTo(ContentSecurityPolicy.DEFAULT);
		Element item = html(response).getElementById("message-" + message.id());
		assertThat(item).isNotNull();
		assertThat(item.select(".message-header").text()).contains("Anna Example").contains("<" + sender + ">");
		assertThat(item.select(".mail-meta").text()).contains("support@tierdesk.test")
			.contains("Boss <boss@customer.test>")
			.contains("Re: Printer on floor 3 jams")
			.contains("Opened this ticket: the mail referred to no known ticket.");
		Element content = item.selectFirst(".mail-html .mail-html-content");
		String shown = content.html();
		assertThat(shown).contains("<b>jams</b>")
			.doesNotContain("<script")
			.doesNotContain("onerror")
			.doesNotContain("javascript:")
			.doesNotContain("tracker.example")
			.doesNotContain("btn");
		assertThat(content.select("img").eachAttr("src")).containsExactly("/agent/attachments/" + image);
		assertThat(content.select("span.td-remote-image-blocked").text()).isEqualTo("pixel");
		assertThat(item.select(".mail-text .message-body").text()).isEqualTo("The printer jams. See the picture.");
		assertThat(item.select(".attachments a").eachAttr("href")).containsExactly("/agent/attachments/" + pdf);
		assertThat(item.select(".attachments a").text()).contains("report.pdf");
		assertThat(item.select("a[href$=/original]").attr("href"))
			.isEqualTo("/agent/mail/messages/" + message.id() + "/original");
		assertThat(item.select(".mail-actions a").eachAttr("href"))
			.contains("/agent/tickets/" + number + "?images=" + message.id() + "#message-" + message.id());
	}

	@Test
	void shouldShowRemoteImagesOnlyWhenAskedAndWidenThePolicyForImagesAlone() throws Exception {
		String number = deliver(TestMails.from(someone())
			.html("<p>Logo below</p><img src=\"https://images.example/logo.png\" alt=\"logo\">")).ticketNumber();
		long id = this.tickets.messages(number, true).get(0).id();

		MockHttpServletResponse blocked = page(number, "999999999");
		MockHttpServletResponse shown = page(number, String.valueOf(id));

		assertThat(html(blocked).select("#message-" + id + " .mail-html img")).isEmpty();
		assertThat(blocked.getHeader(ContentSecurityPolicy.HEADER)).isEqualTo(ContentSecurityPolicy.DEFAULT);
		Element image = html(shown).selectFirst("#message-" + id + " .mail-html img");
		assertThat(image.attr("src")).isEqualTo("https://images.example/logo.png");
		assertThat(image.attr("referrerpolicy")).isEqualTo("no-referrer");
		String policy = shown.getHeader(ContentSecurityPolicy.HEADER);
		assertThat(policy).contains("img-src 'self' data: https: http:")
			.contains("script-src 'self';")
			.contains("default-src 'self';")
			.contains("frame-ancestors 'none'")
			.isEqualTo(
					ContentSecurityPolicy.DEFAULT.replace("img-src 'self' data:", "img-src 'self' data: https: http:"));
		assertThat(html(shown).select("#message-" + id + " .mail-actions").text()).contains("Remote images are shown");
	}

	@Test
	void shouldExplainThreadingAndFoldTheQuotedHistory() throws Exception {
		String sender = someone();
		TestMails first = TestMails.from(sender).subject("Laptop battery");
		String number = deliver(first).ticketNumber();
		IntakeResult reply = deliver(TestMails.from(sender)
			.subject("Re: Laptop battery")
			.inReplyTo(first.messageIdValue())
			.text("It still drains in an hour.\n\nOn Mon, 23 Nov 2026 at 10:00, Support <support@tierdesk.test> wrote:\n"
					+ "> Please try a new charger.\n> Regards")
			.html("<div>It still drains in an hour.</div><div>On Mon, 23 Nov 2026 at 10:00, Support wrote:<br>"
					+ "<blockquote>Please try a new charger.<br>Regards</blockquote></div>"));
		assertThat(reply.outcome()).isEqualTo(IntakeOutcome.APPENDED);
		List<MessageView> messages = this.tickets.messages(number, true);

		Element item = html(page(number)).getElementById("message-" + messages.get(1).id());

		assertThat(item.select(".mail-why").text())
			.contains("Added here: the mail replies to message <" + first.messageIdValue() + ">.");
		assertThat(item.select(".mail-why a").attr("href")).isEqualTo("#message-" + messages.get(0).id());
		assertThat(item.select(".mail-html > .mail-html-content").text()).contains("It still drains")
			.doesNotContain("charger");
		assertThat(item.select(".mail-html > details.mail-quote > summary").text()).isEqualTo("Show quoted text");
		assertThat(item.select(".mail-html > details.mail-quote").text()).contains("Please try a new charger.");
		assertThat(item.select(".mail-text > .message-body").text()).isEqualTo("It still drains in an hour.");
		assertThat(item.select(".mail-text > details.mail-quote .message-body").text())
			.contains("> Please try a new charger.");
	}

	@Test
	void shouldLinkAFollowUpToTheClosedTicket() throws Exception {
		String sender = someone();
		TestMails first = TestMails.from(sender).subject("Password expired");
		String old = deliver(first).ticketNumber();
		Actor someAgent = Actor.agent(1L, "Agent", null);
		this.tickets.resolve(old, "Reset it", null, someAgent, null);
		this.tickets.close(old, someAgent, null);

		String number = deliver(TestMails.from(sender).inReplyTo(first.messageIdValue()).subject("Re: Password"))
			.ticketNumber();

		assertThat(number).isNotEqualTo(old);
		Element why = html(page(number)).selectFirst(".mail-why");
		assertThat(why.text()).contains("Opened as a follow-up of closed ticket:");
		assertThat(why.select("a").attr("href")).isEqualTo("/agent/tickets/" + old);
	}

	@Test
	void shouldShowABounceAsASystemNoteWithTheReturnedMail() throws Exception {
		String customer = someone();
		String number = deliver(TestMails.from(customer).subject("Need a badge")).ticketNumber();
		String sentId = "reply-" + UUID.randomUUID() + "@tierdesk.test";
		this.threads.recordOutgoing(this.tickets.get(number).id(), null, sentId);
		assertThat(deliver(TestMails.bounce(customer, null, sentId)).outcome()).isEqualTo(IntakeOutcome.BOUNCE);
		MessageView note = this.tickets.messages(number, true).get(1);

		Element item = html(page(number)).getElementById("message-" + note.id());

		assertThat(item.hasClass("internal")).isTrue();
		assertThat(item.select(".message-header").text()).contains("Internal note").contains("Automatic");
		assertThat(item.select(".message-body").text()).contains(customer).contains("5.1.1");
		assertThat(item.select(".attachments a").text()).contains("undelivered.eml");
	}

	@Test
	void shouldDownloadTheOriginalForAgentsOnly() throws Exception {
		TestMails mail = TestMails.from(someone())
			.subject("Keep my original")
			.attachment("a.txt", "text/plain", "attached".getBytes(StandardCharsets.US_ASCII));
		byte[] raw = mail.bytes();
		String number = deliver(raw).ticketNumber();
		long id = this.tickets.messages(number, true).get(0).id();

		MockHttpServletResponse original = this.mvc
			.perform(get("/agent/mail/messages/{id}/original", id).with(this.agent))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse();

		assertThat(original.getContentAsByteArray()).isEqualTo(raw);
		assertThat(original.getContentType()).startsWith("message/rfc822");
		assertThat(original.getHeader("Content-Disposition")).contains("attachment").contains(".eml");

		String email = "cust-" + UUID.randomUUID() + "@example.com";
		this.identity.registerCustomer(new RegisterCustomerCommand("Cus", email, "password-123"));
		this.mvc.perform(get("/agent/mail/messages/{id}/original", id).with(user(this.users.loadUserByUsername(email))))
			.andExpect(status().isForbidden());
		this.mvc.perform(get("/agent/mail/messages/{id}/original", id).accept(MediaType.TEXT_HTML))
			.andExpect(redirectedUrl("/login"));

		MessageView typed = this.tickets.addMessage(number, "Typed by an agent", false, List.of(),
				Actor.agent(1L, "Agent", null), null);
		this.mvc.perform(get("/agent/mail/messages/{id}/original", typed.id()).with(this.agent))
			.andExpect(status().isNotFound());
	}

}
