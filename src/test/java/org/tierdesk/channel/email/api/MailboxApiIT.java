package org.tierdesk.channel.email.api;

import java.util.Set;
import java.util.UUID;

import com.icegreen.greenmail.user.GreenMailUser;
import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.tierdesk.channel.email.mailbox.TestMailServer;
import org.tierdesk.identity.IdentityManagement;
import org.tierdesk.identity.Role;
import org.tierdesk.identity.SaveAgentCommand;
import org.tierdesk.support.DatabaseInitializers;
import org.tierdesk.support.H2ApplicationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The mailbox API against the real application on H2: create, read, change, delete,
 * validation errors as problem details naming the field, secrets that go in and never
 * come out, and connection tests explained in the caller's language.
 */
@H2ApplicationTest
@AutoConfigureMockMvc
class MailboxApiIT {

	static final RequestPostProcessor ADMIN = httpBasic("admin", DatabaseInitializers.ADMIN_PASSWORD);

	static final String SECRET = "Sup3r-Secret-Token-0001";

	static TestMailServer mail;

	@Autowired
	MockMvc mvc;

	@Autowired
	IdentityManagement identity;

	@BeforeAll
	static void startMailServer() {
		mail = new TestMailServer();
	}

	@AfterAll
	static void stopMailServer() {
		mail.close();
	}

	static String unique() {
		return UUID.randomUUID().toString().substring(0, 8);
	}

	/** A disabled IMAP mailbox (the running application does not poll it). */
	static String imap(String name, String address, String host, int port, String user, String secret) {
		return """
				{"name": "%s", "protocol": "imap", "host": "%s", "port": %d, "username": "%s",
				 "secret": "%s", "supportAddress": "%s", "enabled": false}
				""".formatted(name, host, port, user, secret, address);
	}

	MvcResult create(String json) throws Exception {
		return this.mvc
			.perform(post("/api/v1/mailboxes").with(ADMIN).contentType(MediaType.APPLICATION_JSON).content(json))
			.andExpect(status().isCreated())
			.andReturn();
	}

	static long id(MvcResult result) throws Exception {
		return ((Number) JsonPath.read(result.getResponse().getContentAsString(), "$.id")).longValue();
	}

	@Test
	void shouldCreateReadChangeAndDeleteAMailboxWithoutEverShowingItsSecret() throws Exception {
		String id = unique();
		MvcResult created = this.mvc
			.perform(post("/api/v1/mailboxes").with(ADMIN).contentType(MediaType.APPLICATION_JSON).content("""
					{"name": "Support %s", "protocol": "imaps", "host": "imap.example.com",
					 "username": "support@example.com", "authMethod": "oauth2", "secret": "%s",
					 "supportAddress": "Support-%s@Example.com", "pollIntervalSeconds": 120, "enabled": false}
					""".formatted(id, SECRET, id)))
			.andExpect(status().isCreated())
			.andReturn();
		long mailboxId = id(created);
		String body = created.getResponse().getContentAsString();
		assertThat(body).doesNotContain(SECRET).doesNotContain("\"secret\"");
		assertThat(created.getResponse().getHeader("Location")).endsWith("/api/v1/mailboxes/" + mailboxId);

		this.mvc.perform(get("/api/v1/mailboxes/{id}", mailboxId).with(ADMIN))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.protocol").value("imaps"))
			.andExpect(jsonPath("$.port").value(993))
			.andExpect(jsonPath("$.authMethod").value("oauth2"))
			.andExpect(jsonPath("$.afterProcessing").value("mark-seen"))
			.andExpect(jsonPath("$.folder").value("INBOX"))
			.andExpect(jsonPath("$.supportAddress").value("support-" + id + "@example.com"))
			.andExpect(jsonPath("$.secretSet").value(true))
			.andExpect(jsonPath("$.status.receivedCount").value(0))
			.andExpect(jsonPath("$.status.lastError").value(nullValue()))
			.andExpect(content().string(not(containsString(SECRET))));
		this.mvc.perform(get("/api/v1/mailboxes").with(ADMIN))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[*].id").value(hasItem((int) mailboxId)))
			.andExpect(content().string(not(containsString(SECRET))));

		// without a secret the stored one stays
		this.mvc.perform(
				put("/api/v1/mailboxes/{id}", mailboxId).with(ADMIN).contentType(MediaType.APPLICATION_JSON).content("""
						{"name": "Support desk %s", "protocol": "imaps", "host": "imap.example.com",
						 "username": "support@example.com", "authMethod": "oauth2", "folder": "Support",
						 "afterProcessing": "delete", "supportAddress": "support-%s@example.com", "enabled": false}
						""".formatted(id, id)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.name").value("Support desk " + id))
			.andExpect(jsonPath("$.folder").value("Support"))
			.andExpect(jsonPath("$.afterProcessing").value("delete"))
			.andExpect(jsonPath("$.secretSet").value(true));
		// but it is never sent to another server
		this.mvc.perform(
				put("/api/v1/mailboxes/{id}", mailboxId).with(ADMIN).contentType(MediaType.APPLICATION_JSON).content("""
						{"name": "Support desk %s", "protocol": "imaps", "host": "imap.attacker.example",
						 "username": "support@example.com", "authMethod": "oauth2",
						 "supportAddress": "support-%s@example.com", "enabled": false}
						""".formatted(id, id)))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("secret"));

		this.mvc.perform(delete("/api/v1/mailboxes/{id}", mailboxId).with(ADMIN)).andExpect(status().isNoContent());
		this.mvc.perform(get("/api/v1/mailboxes/{id}", mailboxId).with(ADMIN))
			.andExpect(status().isNotFound())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.detail").value("No such mailbox."));
	}

	@Test
	void shouldNameTheFieldOfInvalidInput() throws Exception {
		String id = unique();
		expectInvalid("{\"protocol\": \"imap\"}", "name")
			.andExpect(jsonPath("$.errors[*].field").value(hasItem("supportAddress")));
		expectInvalid("""
				{"name": "X %s", "protocol": "smtp", "supportAddress": "x-%s@example.com"}
				""".formatted(id, id), "protocol")
			.andExpect(jsonPath("$.errors[0].message").value("Must be one of: imap, imaps, pop3, pop3s, direct."));
		expectInvalid(
				"""
						{"name": "X %s", "protocol": "imap", "username": "u", "secret": "p", "supportAddress": "x-%s@example.com"}
						"""
					.formatted(id, id),
				"host");
		expectInvalid("""
				{"name": "X %s", "protocol": "pop3", "host": "pop.example.com", "username": "u", "secret": "p",
				 "afterProcessing": "mark-seen", "supportAddress": "x-%s@example.com"}
				""".formatted(id, id), "afterProcessing").andExpect(jsonPath("$.errors[0].message")
			.value("POP3 cannot mark mail as read: it deletes mail once its ticket is saved."));
		expectInvalid("""
				{"name": "X %s", "protocol": "direct", "supportAddress": "not an address"}
				""".formatted(id), "supportAddress");
		expectInvalid("""
				{"name": "X %s", "protocol": "direct", "supportAddress": "x-%s@example.com", "pollIntervalSeconds": 0}
				""".formatted(id, id), "pollIntervalSeconds")
			.andExpect(jsonPath("$.errors[0].message").value("From 1 to 86400 seconds."));
		expectInvalid("""
				{"name": "X %s", "protocol": "imap", "host": "imap.example.com", "port": 70000, "username": "u",
				 "secret": "p", "supportAddress": "x-%s@example.com"}
				""".formatted(id, id), "port");
		expectInvalid("""
				{"name": "X %s", "protocol": "imap", "host": "imap.example.com", "username": "u",
				 "supportAddress": "x-%s@example.com"}
				""".formatted(id, id), "secret");
		expectInvalid("""
				{"name": "X %s", "protocol": "direct", "supportAddress": "x-%s@example.com", "departmentId": 987654}
				""".formatted(id, id), "departmentId");
	}

	org.springframework.test.web.servlet.ResultActions expectInvalid(String json, String field) throws Exception {
		return this.mvc
			.perform(post("/api/v1/mailboxes").with(ADMIN).contentType(MediaType.APPLICATION_JSON).content(json))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.errors[*].field").value(hasItem(field)));
	}

	@Test
	void shouldRefuseASecondMailboxForTheSameAddress() throws Exception {
		String id = unique();
		long first = id(create("""
				{"name": "First %s", "protocol": "direct", "supportAddress": "same-%s@example.com"}
				""".formatted(id, id)));
		this.mvc.perform(post("/api/v1/mailboxes").with(ADMIN).contentType(MediaType.APPLICATION_JSON).content("""
				{"name": "Second %s", "protocol": "direct", "supportAddress": "SAME-%s@example.com"}
				""".formatted(id, id)))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.detail")
				.value("Mailbox First " + id + " receives mail for same-" + id + "@example.com already."));
		this.mvc.perform(delete("/api/v1/mailboxes/{id}", first).with(ADMIN)).andExpect(status().isNoContent());
	}

	@Test
	void shouldTestTheConnectionAndExplainTheAnswerInTheCallersLanguage() throws Exception {
		GreenMailUser user = mail.newUser();
		mail.deliver(user, "Waiting", "1");
		long good = id(create(imap("Good " + user.getLogin(), "good-" + user.getEmail(), "127.0.0.1", mail.imapPort(),
				user.getLogin(), user.getPassword())));
		long wrong = id(create(imap("Wrong " + user.getLogin(), "wrong-" + user.getEmail(), "127.0.0.1",
				mail.imapPort(), user.getLogin(), SECRET)));
		try {
			this.mvc.perform(post("/api/v1/mailboxes/{id}/test", good).with(ADMIN))
				.andExpect(status().isOk())
				.andExpect(jsonPath("$.ok").value(true))
				.andExpect(jsonPath("$.waiting").value(1))
				.andExpect(jsonPath("$.message").value("Connected. 1 message is waiting in INBOX."));
			this.mvc.perform(post("/api/v1/mailboxes/{id}/test", wrong).with(ADMIN).header("Accept-Language", "nl"))
				.andExpect(status().isOk())
				.andExpect(jsonPath("$.ok").value(false))
				.andExpect(jsonPath("$.code").value("authentication-failed"))
				.andExpect(jsonPath("$.message").value(containsString("weigert de gebruikersnaam of het wachtwoord")))
				.andExpect(content().string(not(containsString(SECRET))));
			this.mvc.perform(post("/api/v1/mailboxes/{id}/poll", good).with(ADMIN)).andExpect(status().isAccepted());
			this.mvc.perform(post("/api/v1/mailboxes/{id}/test", 987654).with(ADMIN)).andExpect(status().isNotFound());
		}
		finally {
			this.mvc.perform(delete("/api/v1/mailboxes/{id}", good).with(ADMIN));
			this.mvc.perform(delete("/api/v1/mailboxes/{id}", wrong).with(ADMIN));
		}
	}

	@Test
	void shouldDescribeTheMailboxApiInOpenApi() throws Exception {
		this.mvc.perform(get("/v3/api-docs"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.paths['/api/v1/mailboxes/{id}/test'].post.summary")
				.value("Connect with the stored settings and count the messages waiting"))
			.andExpect(jsonPath("$.components.schemas.MailboxRequest.properties.protocol.enum")
				.value(org.hamcrest.Matchers.contains("imap", "imaps", "pop3", "pop3s", "direct")));
	}

	@Test
	void shouldKeepMailboxesForAdmins() throws Exception {
		String username = "agent-" + unique();
		this.identity.createAgent(new SaveAgentCommand(username, username + "@example.com", "Alex Agent",
				"agent-password", Role.AGENT, true, Set.of(), Set.of()));
		RequestPostProcessor agent = httpBasic(username, "agent-password");
		this.mvc.perform(get("/api/v1/mailboxes").with(agent)).andExpect(status().isForbidden());
		this.mvc.perform(post("/api/v1/mailboxes").with(agent).contentType(MediaType.APPLICATION_JSON).content("{}"))
			.andExpect(status().isForbidden());
		this.mvc.perform(get("/api/v1/mailboxes")).andExpect(status().isUnauthorized());
	}

}
