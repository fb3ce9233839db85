package org.tierdesk.identity.web;

import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.tierdesk.desk.DepartmentView;
import org.tierdesk.desk.DeskManagement;
import org.tierdesk.desk.TierView;
import org.tierdesk.identity.IdentityManagement;
import org.tierdesk.identity.Role;
import org.tierdesk.identity.SaveAgentCommand;
import org.tierdesk.identity.TierdeskPrincipal;
import org.tierdesk.identity.UserView;
import org.tierdesk.support.DatabaseInitializers;
import org.tierdesk.support.H2ApplicationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

/**
 * The admin screen and API for staff, against the real application on H2.
 */
@H2ApplicationTest
@AutoConfigureMockMvc
class AdminAgentIT {

	static final RequestPostProcessor ADMIN_BASIC = httpBasic("admin", DatabaseInitializers.ADMIN_PASSWORD);

	@Autowired
	MockMvc mvc;

	@Autowired
	IdentityManagement identity;

	@Autowired
	DeskManagement desk;

	static String uniqueName() {
		return "agent-" + UUID.randomUUID().toString().substring(0, 8);
	}

	/** The first admin, signed in through the login form. */
	RequestPostProcessor admin() {
		UserView admin = this.identity.userNamed("admin").orElseThrow();
		return user(new TierdeskPrincipal(admin.id(), admin.username(), admin.displayName(), admin.email(),
				admin.role(), admin.enabled(), "n/a"));
	}

	UserView newAgent(String username) {
		return this.identity.createAgent(new SaveAgentCommand(username, username + "@example.com", "Alex " + username,
				"agent-password", Role.AGENT, true, Set.of(), Set.of()));
	}

	@Test
	void shouldRefuseAgentsTheAgentAdministration() throws Exception {
		UserView agent = newAgent(uniqueName());
		RequestPostProcessor basic = httpBasic(agent.username(), "agent-password");
		this.mvc.perform(get("/admin/agents").with(basic)).andExpect(status().isForbidden());
		this.mvc.perform(get("/admin/agents/{id}/edit", agent.id()).with(basic)).andExpect(status().isForbidden());
		this.mvc.perform(get("/api/v1/admin/agents").with(basic))
			.andExpect(status().isForbidden())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
		this.mvc
			.perform(post("/api/v1/admin/agents").with(basic)
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"username\":\"x" + agent.username() + "\",\"email\":\"x@example.com\","
						+ "\"displayName\":\"X\",\"password\":\"long-enough\",\"role\":\"admin\"}"))
			.andExpect(status().isForbidden());
	}

	@Test
	void shouldCreateAgentWithTiersAndDepartmentsOnScreen() throws Exception {
		TierView second = this.desk.tierAtLevel(2).orElseThrow();
		DepartmentView general = this.desk.departmentNamed("General").orElseThrow();
		String username = uniqueName();
		this.mvc.perform(get("/admin/agents/new").with(admin()))
			.andExpect(status().isOk())
			.andExpect(view().name("admin/agent-form"))
			.andExpect(content().string(containsString("Level 2 — Specialists")));

		this.mvc
			.perform(post("/admin/agents/new").with(admin())
				.with(csrf())
				.param("displayName", "Sam Specialist")
				.param("username", username)
				.param("email", username + "@example.com")
				.param("password", "secret-password")
				.param("role", "AGENT")
				.param("enabled", "true")
				.param("tierIds", String.valueOf(second.id()))
				.param("departmentIds", String.valueOf(general.id())))
			.andExpect(redirectedUrl("/admin/agents"))
			.andExpect(flash().attribute("successKey", "admin.agents.created"));

		UserView created = this.identity.userNamed(username).orElseThrow();
		assertThat(created.displayName()).isEqualTo("Sam Specialist");
		assertThat(created.role()).isEqualTo(Role.AGENT);
		assertThat(created.enabled()).isTrue();
		assertThat(created.tierIds()).containsExactly(second.id());
		assertThat(created.departmentIds()).containsExactly(general.id());

		this.mvc.perform(get("/admin/agents").with(admin()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Sam Specialist")));
	}

	@Test
	void shouldEditAgentAndKeepPasswordWhenBlank() throws Exception {
		UserView agent = newAgent(uniqueName());
		TierView first = this.desk.firstTier();
		this.mvc.perform(get("/admin/agents/{id}/edit", agent.id()).with(admin()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(agent.email())))
			.andExpect(content().string(not(containsString("agent-password"))));

		this.mvc
			.perform(post("/admin/agents/{id}/edit", agent.id()).with(admin())
				.with(csrf())
				.param("displayName", "Alex Renamed")
				.param("username", agent.username())
				.param("email", agent.email())
				.param("password", "")
				.param("role", "AGENT")
				.param("_enabled", "on")
				.param("tierIds", String.valueOf(first.id()))
				.param("_tierIds", "1")
				.param("_departmentIds", "1"))
			.andExpect(redirectedUrl("/admin/agents"))
			.andExpect(flash().attribute("successKey", "admin.agents.updated"));

		UserView saved = this.identity.user(agent.id()).orElseThrow();
		assertThat(saved.displayName()).isEqualTo("Alex Renamed");
		assertThat(saved.enabled()).isFalse();
		assertThat(saved.tierIds()).containsExactly(first.id());
		this.mvc.perform(get("/api/v1/admin/agents").with(httpBasic(agent.username(), "agent-password")))
			.andExpect(status().isUnauthorized());
	}

	@Test
	void shouldExplainDuplicateUserNameOnTheForm() throws Exception {
		UserView existing = newAgent(uniqueName());
		this.mvc
			.perform(post("/admin/agents/new").with(admin())
				.with(csrf())
				.param("displayName", "Copy Cat")
				.param("username", existing.username())
				.param("email", uniqueName() + "@example.com")
				.param("password", "secret-password")
				.param("role", "AGENT"))
			.andExpect(status().isOk())
			.andExpect(view().name("admin/agent-form"))
			.andExpect(model().attributeHasFieldErrorCode("agentForm", "username", "identity.user.usernameTaken"))
			.andExpect(content().string(containsString("This user name is taken.")))
			.andExpect(content().string(containsString("aria-describedby=\"username-hint username-error\"")));
	}

	@Test
	void shouldRequirePasswordForNewAgentOnTheForm() throws Exception {
		this.mvc
			.perform(post("/admin/agents/new").with(admin())
				.with(csrf())
				.param("displayName", "No Password")
				.param("username", uniqueName())
				.param("email", uniqueName() + "@example.com")
				.param("password", "")
				.param("role", "ADMIN"))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrorCode("agentForm", "password", "validation.required"));
		this.mvc
			.perform(post("/admin/agents/new").with(admin())
				.with(csrf())
				.param("displayName", "Bad Name")
				.param("username", "Not Valid!")
				.param("email", uniqueName() + "@example.com")
				.param("password", "secret-password")
				.param("role", "AGENT"))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrorCode("agentForm", "username", "identity.username.invalid"));
	}

	@Test
	void shouldManageAgentsThroughApi() throws Exception {
		TierView first = this.desk.firstTier();
		DepartmentView general = this.desk.departmentNamed("General").orElseThrow();
		String username = uniqueName();
		String body = """
				{"username":"%s","email":"%s@example.com","displayName":"Api Agent","password":"secret-password",
				 "role":"admin","tierIds":[%d],"departmentIds":[%d]}""".formatted(username, username, first.id(),
				general.id());
		String location = this.mvc.perform(
				post("/api/v1/admin/agents").with(ADMIN_BASIC).contentType(MediaType.APPLICATION_JSON).content(body))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.username").value(username))
			.andExpect(jsonPath("$.role").value("admin"))
			.andExpect(jsonPath("$.tierIds[0]").value(first.id()))
			.andExpect(jsonPath("$.departmentIds[0]").value(general.id()))
			.andExpect(jsonPath("$.password").doesNotExist())
			.andExpect(jsonPath("$.passwordHash").doesNotExist())
			.andReturn()
			.getResponse()
			.getHeader("Location");
		UserView created = this.identity.userNamed(username).orElseThrow();
		assertThat(location).endsWith("/api/v1/admin/agents/" + created.id());
		assertThat(created.tierIds()).containsExactly(first.id());
		assertThat(created.departmentIds()).containsExactly(general.id());

		this.mvc.perform(get(location).with(ADMIN_BASIC))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.displayName").value("Api Agent"))
			.andExpect(content().string(not(containsString("{noop}"))))
			.andExpect(content().string(not(containsString("bcrypt"))));
		this.mvc.perform(get("/api/v1/admin/agents").with(ADMIN_BASIC))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[?(@.username == '" + username + "')]").exists())
			.andExpect(content().string(not(containsString("password"))));

		this.mvc.perform(
				post("/api/v1/admin/agents").with(ADMIN_BASIC).contentType(MediaType.APPLICATION_JSON).content(body))
			.andExpect(status().isConflict())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.detail").value("This user name is taken."));

		this.mvc
			.perform(put("/api/v1/admin/agents/{id}", created.id()).with(ADMIN_BASIC)
				.contentType(MediaType.APPLICATION_JSON)
				.content("""
						{"username":"%s","email":"%s@example.com","displayName":"Api Agent 2","role":"agent",
						 "enabled":false,"tierIds":[],"departmentIds":[]}""".formatted(username, username)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.role").value("agent"))
			.andExpect(jsonPath("$.enabled").value(false));
		this.mvc.perform(get("/api/v1/admin/agents/{id}", created.id()).with(ADMIN_BASIC))
			.andExpect(jsonPath("$.tierIds").isEmpty());
		// a blank password kept the old one
		this.mvc.perform(get("/api/v1/admin/agents/{id}", created.id()).with(ADMIN_BASIC)).andExpect(status().isOk());
	}

	@Test
	void shouldRefuseBadAgentInputThroughApi() throws Exception {
		String username = uniqueName();
		this.mvc
			.perform(post("/api/v1/admin/agents").with(ADMIN_BASIC).contentType(MediaType.APPLICATION_JSON).content("""
					{"username":"%s","email":"%s@example.com","displayName":"X","password":"secret-password",
					 "role":"agent","tierIds":[%d]}""".formatted(username, username, Long.MAX_VALUE)))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("tierIds"));
		this.mvc
			.perform(post("/api/v1/admin/agents").with(ADMIN_BASIC).contentType(MediaType.APPLICATION_JSON).content("""
					{"username":"%s","email":"%s@example.com","displayName":"X","password":"secret-password",
					 "role":"customer"}""".formatted(username, username)))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("role"));
		this.mvc
			.perform(post("/api/v1/admin/agents").with(ADMIN_BASIC)
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"username\":\"\",\"role\":\"agent\"}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors").isArray());
		this.mvc.perform(get("/api/v1/admin/agents/{id}", Long.MAX_VALUE).with(ADMIN_BASIC))
			.andExpect(status().isNotFound());
		assertThat(this.identity.userNamed(username)).isEmpty();
	}

}
