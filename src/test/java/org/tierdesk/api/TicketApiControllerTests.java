package org.tierdesk.api;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.tierdesk.desk.DeskManagement;
import org.tierdesk.identity.IdentityManagement;
import org.tierdesk.identity.Role;
import org.tierdesk.identity.TierdeskPrincipal;
import org.tierdesk.platform.ConflictException;
import org.tierdesk.platform.NotFoundException;
import org.tierdesk.ticket.TicketManagement;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.patch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The web slice of the ticket API: how requests are read and how business errors become
 * problem details. The facades are stand-ins here; the integration tests run the same API
 * on real databases.
 */
@WebMvcTest(TicketApiController.class)
@Import({ TicketJsonMapper.class, TicketApiControllerTests.Settings.class })
class TicketApiControllerTests {

	static final TierdeskPrincipal AGENT = new TierdeskPrincipal(1L, "alex", "Alex", "alex@example.com", Role.AGENT,
			true, "{noop}x");

	@Autowired
	MockMvc mvc;

	/** Settings other advice in the web layer reads. */
	@org.springframework.boot.context.properties.EnableConfigurationProperties(org.tierdesk.ticket.TicketProperties.class)
	static class Settings {

	}

	@MockitoBean
	TicketManagement tickets;

	@MockitoBean
	DeskManagement desk;

	@MockitoBean
	IdentityManagement identity;

	@MockitoBean
	org.tierdesk.desk.CustomFieldManagement fields;

	@MockitoBean
	org.tierdesk.ticket.TicketAccess access;

	@org.junit.jupiter.api.BeforeEach
	void everyDepartment() {
		org.mockito.BDDMockito.given(this.access.scopeOf(org.mockito.ArgumentMatchers.any(TierdeskPrincipal.class)))
			.willReturn(org.tierdesk.ticket.TicketScope.all());
	}

	@Test
	void shouldAnswerUnknownTicketWith404Problem() throws Exception {
		given(this.tickets.get("TD-1")).willThrow(new NotFoundException("ticket.notFound", "x", "TD-1"));
		this.mvc.perform(get("/api/v1/tickets/TD-1").with(user(AGENT)))
			.andExpect(status().isNotFound())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.detail").value("There is no ticket TD-1."))
			.andExpect(jsonPath("$.instance").value("/api/v1/tickets/TD-1"));
	}

	@Test
	void shouldAnswerTopTierEscalationWith409Problem() throws Exception {
		given(this.tickets.escalate(eq("TD-2"), anyString(), any(), any()))
			.willThrow(new ConflictException("ticket.escalate.topTier", "x", "TD-2", "Level 2"));
		this.mvc
			.perform(post("/api/v1/tickets/TD-2/escalate").contentType(MediaType.APPLICATION_JSON)
				.content("{\"note\": \"please\"}")
				.with(user(AGENT))
				.with(csrf()))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.detail")
				.value("Ticket TD-2 is at the top tier (Level 2); there is no tier to escalate to."));
	}

	@Test
	void shouldRefuseBlankNoteBeforeReachingTheDomain() throws Exception {
		this.mvc
			.perform(post("/api/v1/tickets/TD-3/escalate").contentType(MediaType.APPLICATION_JSON)
				.content("{\"note\": \"\"}")
				.with(user(AGENT))
				.with(csrf()))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("note"));
	}

	@Test
	void shouldExplainMalformedJson() throws Exception {
		this.mvc
			.perform(post("/api/v1/tickets").contentType(MediaType.APPLICATION_JSON)
				.content("{\"subject\": ")
				.with(user(AGENT))
				.with(csrf()))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.title").value("Malformed request"));
	}

	@Test
	void shouldRefuseAnIfMatchThatIsNotAVersion() throws Exception {
		this.mvc
			.perform(patch("/api/v1/tickets/TD-4").contentType(MediaType.APPLICATION_JSON)
				.content("{\"priority\": \"high\"}")
				.header("If-Match", "\"abc\"")
				.with(user(AGENT))
				.with(csrf()))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("If-Match"));
	}

}
