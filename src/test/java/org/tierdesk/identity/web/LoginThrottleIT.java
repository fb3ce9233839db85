package org.tierdesk.identity.web;

import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;
import org.tierdesk.identity.IdentityManagement;
import org.tierdesk.identity.Role;
import org.tierdesk.identity.SaveAgentCommand;
import org.tierdesk.support.H2ApplicationTest;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@H2ApplicationTest
@AutoConfigureMockMvc
class LoginThrottleIT {

	@Autowired
	MockMvc mvc;

	@Autowired
	IdentityManagement identity;

	String newAgent() {
		String username = "guess-" + UUID.randomUUID().toString().substring(0, 8);
		this.identity.createAgent(new SaveAgentCommand(username, username + "@example.com", "Guess Target",
				"right-password", Role.AGENT, true, Set.of(), Set.of()));
		return username;
	}

	@Test
	void shouldStopCheckingPasswordsAfterTooManyFailures() throws Exception {
		String username = newAgent();
		this.mvc.perform(get("/api/v1/tickets").with(httpBasic(username, "right-password"))).andExpect(status().isOk());
		for (int i = 0; i < LoginThrottle.MAX_FAILURES; i++) {
			this.mvc.perform(get("/api/v1/tickets").with(httpBasic(username, "wrong-" + i)))
				.andExpect(status().isUnauthorized());
		}
		this.mvc.perform(get("/api/v1/tickets").with(httpBasic(username, "right-password")))
			.andExpect(status().isUnauthorized());
		this.mvc.perform(post("/login").param("username", username).param("password", "right-password").with(csrf()))
			.andExpect(redirectedUrl("/login?locked"));
	}

	@Test
	void shouldForgetFailuresAfterASuccessfulSignIn() throws Exception {
		String username = newAgent();
		for (int i = 0; i < LoginThrottle.MAX_FAILURES - 1; i++) {
			this.mvc.perform(post("/login").param("username", username).param("password", "nope").with(csrf()))
				.andExpect(redirectedUrl("/login?error"));
		}
		this.mvc.perform(post("/login").param("username", username).param("password", "right-password").with(csrf()))
			.andExpect(redirectedUrl("/agent"));
		this.mvc.perform(post("/login").param("username", username).param("password", "nope").with(csrf()))
			.andExpect(redirectedUrl("/login?error"));
		this.mvc.perform(get("/api/v1/tickets").with(httpBasic(username, "right-password"))).andExpect(status().isOk());
	}

}
