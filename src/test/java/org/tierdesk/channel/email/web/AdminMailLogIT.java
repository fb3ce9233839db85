package org.tierdesk.channel.email.web;

import java.util.Set;
import java.util.UUID;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.tierdesk.channel.email.InboundMailLog;
import org.tierdesk.channel.email.IntakeOutcome;
import org.tierdesk.channel.email.IntakeResult;
import org.tierdesk.channel.email.MailIntake;
import org.tierdesk.channel.email.MailSource;
import org.tierdesk.channel.email.RawMail;
import org.tierdesk.channel.email.TestMails;
import org.tierdesk.identity.IdentityManagement;
import org.tierdesk.identity.Role;
import org.tierdesk.identity.SaveAgentCommand;
import org.tierdesk.support.DatabaseInitializers;
import org.tierdesk.support.H2ApplicationTest;
import org.tierdesk.ticket.TicketManagement;
import org.tierdesk.ticket.TicketQuery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The admin screens of kept mail: quarantine and automated mail lists, one mail with its
 * header fields, and what an admin can do with it (download, process again, promote,
 * discard), against the real intake on H2.
 */
@H2ApplicationTest
@AutoConfigureMockMvc
class AdminMailLogIT {

	static final RequestPostProcessor ADMIN = httpBasic("admin", DatabaseInitializers.ADMIN_PASSWORD);

	@Autowired
	MockMvc mvc;

	@Autowired
	MailIntake intake;

	@Autowired
	InboundMailLog log;

	@Autowired
	TicketManagement tickets;

	@Autowired
	IdentityManagement identity;

	static String unique(String text) {
		return text + " " + UUID.randomUUID().toString().substring(0, 8);
	}

	static String someone() {
		return "cust-" + UUID.randomUUID().toString().substring(0, 8) + "@customer.test";
	}

	IntakeResult deliver(TestMails mail) {
		return this.intake.receive(MailSource.gateway("support@tierdesk.test"), RawMail.of(mail.bytes()));
	}

	Document page(String path) throws Exception {
		return Jsoup.parse(this.mvc.perform(get(path).with(ADMIN))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString());
	}

	@Test
	void shouldListQuarantinedMailAndShowItsHeadersAndOriginal() throws Exception {
		String subject = unique("Who am I");
		TestMails mail = TestMails.from("not an address").subject(subject);
		IntakeResult result = deliver(mail);
		assertThat(result.outcome()).isEqualTo(IntakeOutcome.QUARANTINED);

		Document list = page("/admin/mail/quarantine");

		var row = list.getElementById("mail-" + result.inboundMailId());
		assertThat(row).isNotNull();
		assertThat(row.text()).contains(subject)
			.contains("(no sender)")
			.contains("No valid sender")
			.contains("gateway");
		assertThat(row.select("a").attr("href")).isEqualTo("/admin/mail/inbound/" + result.inboundMailId());
		assertThat(Long.parseLong(list.select("#count-QUARANTINED dd").text())).isPositive();

		Document detail = page("/admin/mail/inbound/" + result.inboundMailId());
		assertThat(detail.select(".mail-headers").text()).contains("From not an address")
			.contains("Subject " + subject)
			.contains("Message-ID <" + mail.messageIdValue() + ">");
		assertThat(detail.select(".mail-detail-text").text()).contains("no valid From");
		assertThat(detail.select(".mail-action button").eachAttr("id")).containsExactly("reprocess", "discard");

		byte[] original = this.mvc.perform(get("/admin/mail/inbound/{id}/original", result.inboundMailId()).with(ADMIN))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		assertThat(original).isEqualTo(mail.bytes());
	}

	@Test
	void shouldReprocessAndDiscardOnlyWithCsrfAndReportConflictsAsMessages() throws Exception {
		IntakeResult result = deliver(TestMails.from("not an address").subject(unique("Reprocess me")));
		long id = result.inboundMailId();

		this.mvc.perform(post("/admin/mail/inbound/{id}/reprocess", id).with(ADMIN)).andExpect(status().isForbidden());
		assertThat(this.log.find(id).orElseThrow().outcome()).isEqualTo(IntakeOutcome.QUARANTINED);

		String location = this.mvc.perform(post("/admin/mail/inbound/{id}/reprocess", id).with(ADMIN).with(csrf()))
			.andExpect(status().is3xxRedirection())
			.andExpect(flash().attribute("successKey", "mail.admin.result.quarantined"))
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		assertThat(this.log.find(id).orElseThrow().outcome()).isEqualTo(IntakeOutcome.REPROCESSED);
		long newer = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
		assertThat(newer).isNotEqualTo(id);
		assertThat(this.log.find(newer).orElseThrow().attempts()).isEqualTo(2);

		this.mvc.perform(post("/admin/mail/inbound/{id}/reprocess", id).with(ADMIN).with(csrf()))
			.andExpect(redirectedUrl("/admin/mail/inbound/" + id))
			.andExpect(flash().attribute("errorKey", "mail.alreadyProcessed"));

		this.mvc.perform(post("/admin/mail/inbound/{id}/discard", newer).with(ADMIN)).andExpect(status().isForbidden());
		this.mvc.perform(post("/admin/mail/inbound/{id}/discard", newer).with(ADMIN).with(csrf()))
			.andExpect(redirectedUrl("/admin/mail/quarantine"))
			.andExpect(flash().attribute("successKey", "mail.admin.discarded"));
		assertThat(this.log.find(newer).orElseThrow().outcome()).isEqualTo(IntakeOutcome.DISCARDED);
		assertThat(page("/admin/mail/quarantine").getElementById("mail-" + newer)).isNull();

		this.mvc.perform(post("/admin/mail/inbound/{id}/discard", newer).with(ADMIN).with(csrf()))
			.andExpect(redirectedUrl("/admin/mail/inbound/" + newer))
			.andExpect(flash().attribute("errorKey", "mail.notDiscardable"));
		assertThat(page("/admin/mail/inbound/" + newer).select(".mail-action button")).isEmpty();
	}

	@Test
	void shouldListAutoRepliesAndRefuseToPromoteThem() throws Exception {
		String subject = unique("Out of office: back on Monday");
		IntakeResult result = deliver(
				TestMails.from(someone()).subject(subject).header("Auto-Submitted", "auto-replied"));
		assertThat(result.outcome()).isEqualTo(IntakeOutcome.AUTOMATED);

		var row = page("/admin/mail/automated").getElementById("mail-" + result.inboundMailId());

		assertThat(row).isNotNull();
		assertThat(row.text()).contains(subject).contains("Auto-reply");
		assertThat(page("/admin/mail/inbound/" + result.inboundMailId()).select(".mail-action button").eachAttr("id"))
			.containsExactly("discard");
		this.mvc.perform(post("/admin/mail/inbound/{id}/promote", result.inboundMailId()).with(ADMIN).with(csrf()))
			.andExpect(flash().attribute("errorKey", "mail.admin.notPromotable"));
		assertThat(this.log.find(result.inboundMailId()).orElseThrow().outcome()).isEqualTo(IntakeOutcome.AUTOMATED);
	}

	@Test
	void shouldPromoteListMailToATicket() throws Exception {
		String sender = someone();
		IntakeResult held = deliver(
				TestMails.from(sender).subject(unique("Question via our list")).header("Precedence", "list"));
		assertThat(held.outcome()).isEqualTo(IntakeOutcome.AUTOMATED);
		assertThat(page("/admin/mail/inbound/" + held.inboundMailId()).select(".mail-action button").eachAttr("id"))
			.containsExactly("promote", "discard");

		this.mvc.perform(post("/admin/mail/inbound/{id}/promote", held.inboundMailId()).with(ADMIN))
			.andExpect(status().isForbidden());
		this.mvc.perform(post("/admin/mail/inbound/{id}/promote", held.inboundMailId()).with(ADMIN).with(csrf()))
			.andExpect(status().is3xxRedirection())
			.andExpect(flash().attribute("successKey", "mail.admin.result.opened"));

		var found = this.tickets
			.search(new TicketQuery(Set.of(), true, null, null, null, false, null, null, sender, null, true, 0, 5));
		assertThat(found.items()).hasSize(1);
		assertThat(found.items().get(0).requester().email()).isEqualTo(sender);
		assertThat(this.log.find(held.inboundMailId()).orElseThrow().outcome()).isEqualTo(IntakeOutcome.REPROCESSED);
	}

	@Test
	void shouldPageNewestFirst() throws Exception {
		String first = unique("Oldest");
		deliver(TestMails.from("not an address").subject(first));
		for (int i = 0; i < AdminMailLogController.PAGE_SIZE; i++) {
			deliver(TestMails.from("not an address").subject(unique("Filler " + i)));
		}

		Document one = page("/admin/mail/quarantine");
		assertThat(one.select("table.mail-log tbody tr")).hasSize(AdminMailLogController.PAGE_SIZE);
		assertThat(one.text()).doesNotContain(first);
		assertThat(one.select(".pager a[rel=next]").attr("href")).isEqualTo("/admin/mail/quarantine?page=1");
		assertThat(page("/admin/mail/quarantine?page=1").text()).contains(first);
	}

	@Test
	void shouldRefuseTheMailScreensToAgents() throws Exception {
		String username = "agent-" + UUID.randomUUID().toString().substring(0, 8);
		this.identity.createAgent(new SaveAgentCommand(username, username + "@example.com", "Alex Agent",
				"agent-password", Role.AGENT, true, Set.of(), Set.of()));
		RequestPostProcessor agent = httpBasic(username, "agent-password");
		long id = deliver(TestMails.from("not an address").subject(unique("Not for agents"))).inboundMailId();

		this.mvc.perform(get("/admin/mail/quarantine").with(agent)).andExpect(status().isForbidden());
		this.mvc.perform(get("/admin/mail/automated").with(agent)).andExpect(status().isForbidden());
		this.mvc.perform(get("/admin/mail/inbound/{id}", id).with(agent)).andExpect(status().isForbidden());
		this.mvc.perform(get("/admin/mail/inbound/{id}/original", id).with(agent)).andExpect(status().isForbidden());
		this.mvc.perform(post("/admin/mail/inbound/{id}/discard", id).with(agent).with(csrf()))
			.andExpect(status().isForbidden());
		assertThat(this.log.find(id).orElseThrow().outcome()).isEqualTo(IntakeOutcome.QUARANTINED);
	}

	@Test
	void shouldShowNotFoundForAnUnknownMail() throws Exception {
		this.mvc.perform(get("/admin/mail/inbound/{id}", 987654321L).with(ADMIN)).andExpect(status().isNotFound());
		this.mvc.perform(post("/admin/mail/inbound/{id}/reprocess", 987654321L).with(ADMIN).with(csrf()))
			.andExpect(status().isNotFound());
	}

}
