package org.tierdesk.channel.portal;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.tierdesk.identity.IdentityManagement;
import org.tierdesk.identity.RegisterCustomerCommand;
import org.tierdesk.identity.Role;
import org.tierdesk.identity.TierdeskPrincipal;
import org.tierdesk.support.H2ApplicationTest;
import org.tierdesk.ticket.Actor;
import org.tierdesk.ticket.Channel;
import org.tierdesk.ticket.MessageView;
import org.tierdesk.ticket.NewAttachment;
import org.tierdesk.ticket.OpenTicketCommand;
import org.tierdesk.ticket.TicketManagement;
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

/**
 * Customers with an account: registration, their own requests, and nobody else's.
 */
@H2ApplicationTest
@AutoConfigureMockMvc
class PortalCustomerIT {

	static final String PASSWORD = "correct-horse-battery";

	@Autowired
	MockMvc mvc;

	@Autowired
	TicketManagement tickets;

	@Autowired
	IdentityManagement identity;

	@Autowired
	UserDetailsService users;

	@Test
	void shouldSubmitAsTheAccountAndListOnlyOwnRequests() throws Exception {
		TierdeskPrincipal alice = registerCustomer("Alice");
		TierdeskPrincipal bob = registerCustomer("Bob");
		MvcResult submitted = this.mvc
			.perform(multipart("/portal/new")
				.file(new MockMultipartFile("attachments", "screen.png", "image/png", new byte[] { 1, 2, 3 }))
				.param("name", "Mallory")
				.param("email", "mallory@example.com")
				.param("subject", "Alice cannot log in")
				.param("description", "The password reset mail never arrives.")
				.with(user(alice))
				.with(csrf()))
			.andExpect(redirectedUrl("/portal/submitted"))
			.andReturn();
		TicketView mine = this.tickets.find((String) submitted.getFlashMap().get("ticketNumber")).orElseThrow();
		assertThat(mine.requester().userId()).isEqualTo(alice.id());
		assertThat(mine.requester().email()).isEqualTo(alice.email());
		assertThat(mine.requester().name()).isEqualTo("Alice");
		TicketView theirs = openFor(bob, "Bob's secret problem");

		this.mvc.perform(get("/portal/tickets").with(user(alice)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(mine.number())))
			.andExpect(content().string(not(containsString(theirs.number()))));
		this.mvc.perform(get("/portal/tickets/" + mine.number()).with(user(alice)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Alice cannot log in")));
		this.mvc.perform(get("/portal/tickets/" + theirs.number()).with(user(alice)))
			.andExpect(status().isNotFound())
			.andExpect(content().string(not(containsString("secret problem"))));
		this.mvc.perform(get("/portal/tickets/NOPE-424242").with(user(alice))).andExpect(status().isNotFound());

		long myFile = attachmentOf(mine);
		long theirFile = attachmentOf(theirs);
		this.mvc.perform(get("/portal/tickets/" + mine.number() + "/attachments/" + myFile).with(user(alice)))
			.andExpect(status().isOk())
			.andExpect(content().bytes(new byte[] { 1, 2, 3 }));
		this.mvc.perform(get("/portal/tickets/" + mine.number() + "/attachments/" + theirFile).with(user(alice)))
			.andExpect(status().isNotFound());
		this.mvc.perform(get("/portal/tickets/" + theirs.number() + "/attachments/" + theirFile).with(user(alice)))
			.andExpect(status().isNotFound());
	}

	@Test
	void shouldReplyOnOwnRequestAsTheAccount() throws Exception {
		TierdeskPrincipal carol = registerCustomer("Carol");
		TicketView ticket = openFor(carol, "Slow laptop");
		this.mvc
			.perform(multipart("/portal/tickets/" + ticket.number() + "/reply").param("body", "It got worse.")
				.with(user(carol))
				.with(csrf()))
			.andExpect(redirectedUrl("/portal/tickets/" + ticket.number()));
		List<MessageView> messages = this.tickets.messages(ticket.number(), false);
		assertThat(messages).last().satisfies((m) -> {
			assertThat(m.body()).isEqualTo("It got worse.");
			assertThat(m.authorEmail()).isEqualTo(carol.email());
		});
		this.mvc
			.perform(multipart("/portal/tickets/" + ticket.number() + "/reply").param("body", "")
				.with(user(carol))
				.with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"body-error\"")));
	}

	@Test
	void shouldSendGuestsToTheSignInPage() throws Exception {
		this.mvc.perform(get("/portal/tickets").accept(MediaType.TEXT_HTML))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrl("/login"));
	}

	@Test
	void shouldRegisterAndSignInStraightAway() throws Exception {
		String email = uniqueEmail();
		MvcResult result = this.mvc
			.perform(post("/portal/register").param("displayName", "Dana")
				.param("email", email)
				.param("password", PASSWORD)
				.param("passwordConfirmation", PASSWORD)
				.with(csrf()))
			.andExpect(redirectedUrl("/portal/tickets"))
			.andExpect(flash().attribute("successKey", "portal.register.welcome"))
			.andReturn();
		assertThat(this.identity.userNamed(email))
			.hasValueSatisfying((u) -> assertThat(u.role()).isEqualTo(Role.CUSTOMER));
		MockHttpSession session = (MockHttpSession) result.getRequest().getSession(false);
		this.mvc.perform(get("/portal/tickets").session(session))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("You have not submitted any requests yet.")));
	}

	@Test
	void shouldExplainATakenEmailOnTheForm() throws Exception {
		TierdeskPrincipal erin = registerCustomer("Erin");
		this.mvc
			.perform(post("/portal/register").param("displayName", "Erin again")
				.param("email", erin.email())
				.param("password", PASSWORD)
				.param("passwordConfirmation", PASSWORD)
				.with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"email-error\"")))
			.andExpect(content().string(containsString("An account with this e-mail address exists already.")));
	}

	@Test
	void shouldExplainPasswordProblemsOnTheForm() throws Exception {
		this.mvc
			.perform(post("/portal/register").param("displayName", "Finn")
				.param("email", uniqueEmail())
				.param("password", "short")
				.param("passwordConfirmation", "short")
				.with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("The password needs at least 8 characters.")));
		this.mvc
			.perform(post("/portal/register").param("displayName", "Finn")
				.param("email", uniqueEmail())
				.param("password", PASSWORD)
				.param("passwordConfirmation", PASSWORD + "x")
				.with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("The two passwords do not match.")));
	}

	private TierdeskPrincipal registerCustomer(String name) {
		String email = uniqueEmail();
		this.identity.registerCustomer(new RegisterCustomerCommand(name, email, PASSWORD));
		return (TierdeskPrincipal) this.users.loadUserByUsername(email);
	}

	private TicketView openFor(TierdeskPrincipal customer, String subject) {
		return this.tickets.open(
				new OpenTicketCommand(subject, "Details of " + subject, customer.email(), customer.displayName(),
						customer.id(), Channel.WEB, null, null,
						List.of(new NewAttachment("notes.txt", "text/plain",
								"notes".getBytes(StandardCharsets.UTF_8)))),
				Actor.customer(customer.id(), customer.displayName(), customer.email()));
	}

	private long attachmentOf(TicketView ticket) {
		return this.tickets.messages(ticket.number(), false).get(0).attachments().get(0).id();
	}

	private static String uniqueEmail() {
		return "customer-" + UUID.randomUUID() + "@example.com";
	}

}
