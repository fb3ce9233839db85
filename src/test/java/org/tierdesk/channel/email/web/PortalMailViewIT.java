package org.tierdesk.channel.email.web;

import java.util.List;
import java.util.UUID;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;
import org.tierdesk.channel.email.MailIntake;
import org.tierdesk.channel.email.MailSource;
import org.tierdesk.channel.email.RawMail;
import org.tierdesk.channel.email.TestMails;
import org.tierdesk.support.H2ApplicationTest;
import org.tierdesk.ticket.Actor;
import org.tierdesk.ticket.TicketManagement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A customer follows their mailed request in the portal: the mail as text with the quoted
 * history folded, no internal notes, no HTML of the mail.
 */
@H2ApplicationTest
@AutoConfigureMockMvc
class PortalMailViewIT {

	@Autowired
	MockMvc mvc;

	@Autowired
	MailIntake intake;

	@Autowired
	TicketManagement tickets;

	String deliver(TestMails mail) {
		return this.intake.receive(MailSource.gateway("support@tierdesk.test"), RawMail.of(mail.bytes()))
			.ticketNumber();
	}

	@Test
	void shouldShowMailAsTextWithTheQuoteFoldedAndNoInternalNotes() throws Exception {
		String sender = "cust-" + UUID.randomUUID().toString().substring(0, 8) + "@customer.test";
		TestMails first = TestMails.from(sender).subject("Scanner offline");
		String number = deliver(first);
		deliver(TestMails.from(sender)
			.inReplyTo(first.messageIdValue())
			.text("Still offline today.\n\nOn Mon, 23 Nov 2026 at 10:00, Support <support@tierdesk.test> wrote:\n"
					+ "> Did you restart it?")
			.html("<p>Still <b>offline</b> today.</p>"));
		String secret = "internal-" + UUID.randomUUID();
		this.tickets.addMessage(number, secret, true, List.of(), Actor.agent(1L, "Agent", null), null);

		String body = this.mvc.perform(get("/portal/t/{token}", this.tickets.get(number).accessToken()))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();

		Document page = Jsoup.parse(body);
		assertThat(page.select(".timeline > li")).hasSize(2);
		assertThat(page.select(".timeline > li").get(1).select("> .message-body").text())
			.isEqualTo("Still offline today.");
		assertThat(page.select(".timeline details.mail-quote").text()).contains("> Did you restart it?");
		assertThat(body).doesNotContain(secret).doesNotContain("<b>offline</b>").doesNotContain("/original");
	}

}
