package org.tierdesk.channel.portal;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;
import org.tierdesk.support.H2ApplicationTest;
import org.tierdesk.ticket.Actor;
import org.tierdesk.ticket.Channel;
import org.tierdesk.ticket.OpenTicketCommand;
import org.tierdesk.ticket.TicketManagement;
import org.tierdesk.ticket.TicketView;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Every portal page renders in every language without a missing text.
 */
@H2ApplicationTest
@AutoConfigureMockMvc
class PortalPagesIT {

	@Autowired
	MockMvc mvc;

	@Autowired
	TicketManagement tickets;

	@ParameterizedTest
	@ValueSource(strings = { "en", "nl", "id", "it", "fi" })
	void shouldRenderEveryPageInEveryLanguage(String language) throws Exception {
		TicketView resolved = open("Resolved in " + language);
		this.tickets.resolve(resolved.number(), "Replaced the toner.", "Empty toner",
				Actor.agent(1L, "Agent", "a@example.com"), null);
		for (String page : List.of("/portal", "/portal/new", "/portal/register",
				"/portal/t/" + open("Open in " + language).accessToken(), "/portal/t/" + resolved.accessToken())) {
			this.mvc.perform(get(page).param("lang", language))
				.andExpect(status().isOk())
				.andExpect(content().string(containsString("lang=\"" + language + "\"")))
				.andExpect(content().string(not(containsString("??"))));
		}
	}

	private TicketView open(String subject) {
		String email = "pages-" + UUID.randomUUID() + "@example.com";
		return this.tickets.open(new OpenTicketCommand(subject, "Please help.", email, "Paula", null, Channel.WEB, null,
				null, List.of()), Actor.customer(null, "Paula", email));
	}

}
