package org.tierdesk.ticket.web;

import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.tierdesk.desk.DeskManagement;
import org.tierdesk.identity.IdentityManagement;
import org.tierdesk.identity.RegisterCustomerCommand;
import org.tierdesk.identity.Role;
import org.tierdesk.identity.SaveAgentCommand;
import org.tierdesk.support.H2ApplicationTest;
import org.tierdesk.ticket.Actor;
import org.tierdesk.ticket.Channel;
import org.tierdesk.ticket.OpenTicketCommand;
import org.tierdesk.ticket.TicketManagement;
import org.tierdesk.ticket.TicketStatus;
import org.tierdesk.ticket.TicketView;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@H2ApplicationTest
@AutoConfigureMockMvc
class AgentScreensIT {

	@Autowired
	MockMvc mvc;

	@Autowired
	TicketManagement tickets;

	@Autowired
	IdentityManagement identity;

	@Autowired
	DeskManagement desk;

	@Autowired
	UserDetailsService users;

	RequestPostProcessor levelOne;

	RequestPostProcessor levelTwo;

	@BeforeEach
	void agents() {
		String suffix = UUID.randomUUID().toString().substring(0, 8);
		long tier1 = this.desk.tierAtLevel(1).orElseThrow().id();
		long tier2 = this.desk.tierAtLevel(2).orElseThrow().id();
		this.identity.createAgent(new SaveAgentCommand("l1-" + suffix, "l1-" + suffix + "@example.com",
				"Lena One " + suffix, "password-123", Role.AGENT, true, java.util.Set.of(tier1), java.util.Set.of()));
		this.identity.createAgent(new SaveAgentCommand("l2-" + suffix, "l2-" + suffix + "@example.com",
				"Theo Two " + suffix, "password-123", Role.AGENT, true, java.util.Set.of(tier2), java.util.Set.of()));
		this.levelOne = user(this.users.loadUserByUsername("l1-" + suffix));
		this.levelTwo = user(this.users.loadUserByUsername("l2-" + suffix));
	}

	TicketView newTicket(String subject) {
		return this.tickets.open(new OpenTicketCommand(subject, "Details of " + subject, "req@example.com",
				"Rita Requester", null, Channel.WEB, null, null, List.of()), Actor.system());
	}

	@Test
	void shouldShowLevelOneQueueWithNewTicket() throws Exception {
		TicketView ticket = newTicket("Queue shows me " + UUID.randomUUID());
		this.mvc.perform(get("/agent/queue").param("q", ticket.number()).with(this.levelOne))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(ticket.subject())))
			.andExpect(content().string(containsString("Level 1")));
	}

	@Test
	void shouldReturnOnlyResultsFragmentForHtmx() throws Exception {
		TicketView ticket = newTicket("Fragment " + UUID.randomUUID());
		this.mvc
			.perform(get("/agent/queue").param("q", ticket.number()).header("HX-Request", "true").with(this.levelOne))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("queue-results")))
			.andExpect(content().string(not(containsString("<html"))));
	}

	@Test
	void shouldEscalateWithNoteShownOnTopForLevelTwo() throws Exception {
		TicketView ticket = newTicket("Escalate me");
		this.mvc
			.perform(post("/agent/tickets/{n}/escalate", ticket.number()).param("note", "Tried the usual fixes")
				.param("version", String.valueOf(ticket.version()))
				.with(csrf())
				.with(this.levelOne))
			.andExpect(redirectedUrl("/agent/tickets/" + ticket.number()))
			.andExpect(flash().attribute("successKey", "agent.ticket.escalated"));
		assertThat(this.tickets.get(ticket.number()).tier().level()).isEqualTo(2);
		this.mvc.perform(get("/agent/tickets/{n}", ticket.number()).with(this.levelTwo))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Escalated from Level 1")))
			.andExpect(content().string(containsString("Tried the usual fixes")));
	}

	@Test
	void shouldRefuseResolveWithoutSolutionAsFormMessage() throws Exception {
		TicketView ticket = newTicket("No solution");
		this.mvc
			.perform(post("/agent/tickets/{n}/resolve", ticket.number()).param("solution", " ")
				.with(csrf())
				.with(this.levelOne))
			.andExpect(redirectedUrl("/agent/tickets/" + ticket.number()))
			.andExpect(flash().attribute("errorKey", "validation.required"));
		assertThat(this.tickets.get(ticket.number()).status()).isEqualTo(TicketStatus.NEW);
	}

	@Test
	void shouldReportConcurrentChange() throws Exception {
		TicketView ticket = newTicket("Two agents at once");
		this.tickets.addMessage(ticket.number(), "first", false, List.of(), Actor.agent(1L, "Other", null), null);
		this.mvc
			.perform(post("/agent/tickets/{n}/escalate", ticket.number()).param("note", "late")
				.param("version", String.valueOf(ticket.version()))
				.with(csrf())
				.with(this.levelOne))
			.andExpect(flash().attribute("errorKey", "ticket.modified"));
		assertThat(this.tickets.get(ticket.number()).tier().level()).isEqualTo(1);
	}

	@Test
	void shouldLogPhoneCallWithAttachment() throws Exception {
		String subject = "Called about printer " + UUID.randomUUID();
		this.mvc.perform(multipart("/agent/tickets/new")
			.file(new org.springframework.mock.web.MockMultipartFile("attachments", "photo.txt", "text/plain",
					"jammed".getBytes()))
			.param("name", "Carl Caller")
			.param("email", "carl@example.com")
			.param("subject", subject)
			.param("description", "Printer jams on tray 2")
			.param("priority", "high")
			.param("channel", "phone")
			.with(csrf())
			.with(this.levelOne)).andExpect(status().is3xxRedirection());
		TicketView created = this.tickets
			.search(new org.tierdesk.ticket.TicketQuery(java.util.Set.of(), true, null, null, null, false, null,
					subject, null, null, true, 0, 5))
			.items()
			.get(0);
		assertThat(created.channel()).isEqualTo(Channel.PHONE);
		assertThat(this.tickets.messages(created.number(), true).get(0).attachments()).hasSize(1);
	}

	@Test
	void shouldShowFieldErrorsOnIncompleteCallLog() throws Exception {
		this.mvc
			.perform(multipart("/agent/tickets/new").param("name", "")
				.param("email", "not-an-email")
				.param("subject", "")
				.param("description", "")
				.with(csrf())
				.with(this.levelOne))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("field-error")));
	}

	@Test
	void shouldFindSolutionsByWords() throws Exception {
		TicketView ticket = newTicket("Solution search");
		String word = "defrag" + UUID.randomUUID().toString().substring(0, 6);
		this.tickets.resolve(ticket.number(), "Ran " + word + " on the disk", null, Actor.agent(1L, "A", null), null);
		this.mvc.perform(get("/agent/solutions").param("q", word).with(this.levelTwo))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(ticket.number())));
	}

	@Test
	void shouldKeepCustomersOutOfTheAgentDesk() throws Exception {
		String email = "cust-" + UUID.randomUUID() + "@example.com";
		this.identity.registerCustomer(new RegisterCustomerCommand("Cus", email, "password-123"));
		this.mvc.perform(get("/agent/queue").with(user(this.users.loadUserByUsername(email))))
			.andExpect(status().isForbidden());
		this.mvc.perform(get("/agent/queue").accept(org.springframework.http.MediaType.TEXT_HTML))
			.andExpect(redirectedUrl("/login"));
	}

	@Test
	void shouldShowNotFoundPageForUnknownTicket() throws Exception {
		this.mvc.perform(get("/agent/tickets/TD-424242424").with(this.levelOne))
			.andExpect(status().isNotFound())
			.andExpect(content().string(containsString("TD-424242424")));
	}

}
