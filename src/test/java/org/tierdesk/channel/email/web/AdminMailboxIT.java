package org.tierdesk.channel.email.web;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.Set;
import java.util.UUID;

import com.icegreen.greenmail.user.GreenMailUser;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.tierdesk.channel.email.mailbox.AfterProcessing;
import org.tierdesk.channel.email.mailbox.MailAuthMethod;
import org.tierdesk.channel.email.mailbox.MailProtocol;
import org.tierdesk.channel.email.mailbox.MailboxManagement;
import org.tierdesk.channel.email.mailbox.MailboxProblem;
import org.tierdesk.channel.email.mailbox.MailboxView;
import org.tierdesk.channel.email.mailbox.SaveMailboxCommand;
import org.tierdesk.channel.email.mailbox.TestMailServer;
import org.tierdesk.identity.IdentityManagement;
import org.tierdesk.identity.Role;
import org.tierdesk.identity.SaveAgentCommand;
import org.tierdesk.support.DatabaseInitializers;
import org.tierdesk.support.H2ApplicationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

/**
 * The admin screens for mailboxes against the real application on H2: the list with how
 * polling goes, adding and changing with validation next to the fields, a secret that is
 * never shown, the connection test on the form (htmx and without JavaScript), deleting
 * after a confirmation.
 */
@H2ApplicationTest
@AutoConfigureMockMvc
class AdminMailboxIT {

	static final RequestPostProcessor ADMIN = httpBasic("admin", DatabaseInitializers.ADMIN_PASSWORD);

	static final String SECRET = "Screen-Secret-4711";

	static TestMailServer mail;

	@Autowired
	MockMvc mvc;

	@Autowired
	MailboxManagement mailboxes;

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

	static MockHttpServletRequestBuilder form(MockHttpServletRequestBuilder request, String name, String protocol,
			String host, String port, String username, String secret, String folder, String address) {
		return request.with(ADMIN)
			.with(csrf())
			.param("name", name)
			.param("protocol", protocol)
			.param("host", host)
			.param("port", port)
			.param("username", username)
			.param("authMethod", "PASSWORD")
			.param("secret", secret)
			.param("folder", folder)
			.param("pollIntervalSeconds", "60")
			.param("afterProcessing", "MARK_SEEN")
			.param("departmentId", "")
			.param("tierId", "")
			.param("supportAddress", address)
			// the marker Thymeleaf renders next to a checkbox; the box itself is sent
			// only
			// when ticked
			.param("_enabled", "on");
	}

	MailboxView named(String name) {
		return this.mailboxes.mailboxes().stream().filter((m) -> m.name().equals(name)).findFirst().orElseThrow();
	}

	@Test
	void shouldAddChangeAndDeleteAMailboxOnScreen() throws Exception {
		String id = unique();
		this.mvc.perform(get("/admin/mailboxes/new").with(ADMIN))
			.andExpect(status().isOk())
			.andExpect(view().name("admin/mailbox-form"))
			.andExpect(content().string(containsString("Test connection")));
		// enabled is left out, as a browser leaves out an unticked box: the mailbox stays
		// off
		this.mvc
			.perform(form(post("/admin/mailboxes/new"), "Screen " + id, "IMAPS", "imap.example.com", "", "support",
					SECRET, "INBOX", "screen-" + id + "@example.com"))
			.andExpect(redirectedUrl("/admin/mailboxes"))
			.andExpect(flash().attribute("successKey", "mailbox.created"));
		MailboxView created = named("Screen " + id);
		assertThat(created.secretSet()).isTrue();
		assertThat(created.protocol()).isEqualTo(MailProtocol.IMAPS);
		assertThat(created.enabled()).isFalse();

		this.mvc.perform(get("/admin/mailboxes").with(ADMIN))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Screen " + id)))
			.andExpect(content().string(containsString("screen-" + id + "@example.com")))
			.andExpect(content().string(containsString("support on imap.example.com:993, folder INBOX")))
			.andExpect(content().string(containsString("Disabled")))
			.andExpect(content().string(not(containsString(SECRET))));
		this.mvc.perform(get("/admin/mailboxes/{id}/edit", created.id()).with(ADMIN))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("One is stored. Leave this empty to keep it")))
			.andExpect(content().string(not(containsString(SECRET))));

		// a blank secret keeps the stored one
		this.mvc
			.perform(form(post("/admin/mailboxes/{id}/edit", created.id()), "Screen " + id + " renamed", "IMAPS",
					"imap.example.com", "", "support", "", "Support", "screen-" + id + "@example.com")
				.param("version", String.valueOf(created.version())))
			.andExpect(redirectedUrl("/admin/mailboxes"))
			.andExpect(flash().attribute("successKey", "mailbox.updated"));
		MailboxView renamed = this.mailboxes.mailbox(created.id()).orElseThrow();
		assertThat(renamed.name()).isEqualTo("Screen " + id + " renamed");
		assertThat(renamed.folder()).isEqualTo("Support");
		assertThat(renamed.secretSet()).isTrue();

		this.mvc.perform(get("/admin/mailboxes/{id}/delete", created.id()).with(ADMIN))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Delete mailbox Screen " + id + " renamed?")))
			.andExpect(content().string(containsString("Tickets and mail already received stay")));
		assertThat(this.mailboxes.mailbox(created.id())).as("nothing deleted by looking").isPresent();
		this.mvc.perform(post("/admin/mailboxes/{id}/delete", created.id()).with(ADMIN).with(csrf()))
			.andExpect(redirectedUrl("/admin/mailboxes"))
			.andExpect(flash().attribute("successKey", "mailbox.deleted"));
		assertThat(this.mailboxes.mailbox(created.id())).isEmpty();
		this.mvc.perform(post("/admin/mailboxes/{id}/delete", created.id()).with(ADMIN))
			.andExpect(status().isForbidden());
	}

	@Test
	void shouldExplainWhatIsWrongNextToTheFieldWithoutShowingTheSecret() throws Exception {
		String id = unique();
		this.mvc
			.perform(form(post("/admin/mailboxes/new"), "", "IMAP", "imap.example.com", "", "support", SECRET, "INBOX",
					""))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrorCode("mailboxForm", "name", "NotBlank"))
			.andExpect(model().attributeHasFieldErrorCode("mailboxForm", "supportAddress", "NotBlank"))
			.andExpect(content().string(containsString("This field is required.")))
			.andExpect(content().string(containsString("aria-invalid=\"true\"")))
			.andExpect(content().string(not(containsString(SECRET))));
		this.mvc
			.perform(form(post("/admin/mailboxes/new"), "Pop " + id, "POP3", "pop.example.com", "", "support", SECRET,
					"Archive", "pop-" + id + "@example.com"))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrorCode("mailboxForm", "folder", "mailbox.pop3.inboxOnly"))
			.andExpect(content().string(containsString("POP3 has only the inbox; leave the folder at INBOX.")));
		this.mvc
			.perform(form(post("/admin/mailboxes/new"), "Imap " + id, "IMAP", "", "", "support", SECRET, "INBOX",
					"imap-" + id + "@example.com"))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrorCode("mailboxForm", "host", "validation.required"));

		MailboxView existing = this.mailboxes.create(new SaveMailboxCommand("Taken " + id, MailProtocol.DIRECT, null,
				null, null, null, null, null, null, null, null, null, "taken-" + id + "@example.com", false, null));
		try {
			this.mvc
				.perform(form(post("/admin/mailboxes/new"), "Another " + id, "DIRECT", "", "", "", "", "INBOX",
						"Taken-" + id + "@Example.com"))
				.andExpect(status().isOk())
				.andExpect(model().attributeHasFieldErrorCode("mailboxForm", "supportAddress",
						"mailbox.address.duplicate"))
				.andExpect(content()
					.string(containsString("Mailbox Taken " + id + " receives mail for taken-" + id + "@example.com")));
		}
		finally {
			this.mailboxes.delete(existing.id());
		}
	}

	@Test
	void shouldShowTheConnectionTestOnTheForm() throws Exception {
		GreenMailUser user = mail.newUser();
		mail.deliver(user, "Waiting", "1");
		String port = String.valueOf(mail.imapPort());
		// htmx: only the answer, in place
		this.mvc
			.perform(form(post("/admin/mailboxes/test"), "Test", "IMAP", "127.0.0.1", port, user.getLogin(),
					user.getPassword(), "INBOX", "")
				.header("HX-Request", "true"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"mailbox-test-result\"")))
			.andExpect(content().string(containsString("Connected. 1 message is waiting in INBOX.")))
			.andExpect(content().string(not(containsString("<form"))));
		this.mvc
			.perform(form(post("/admin/mailboxes/test"), "Test", "IMAP", "127.0.0.1", port, user.getLogin(), SECRET,
					"INBOX", "")
				.header("HX-Request", "true")
				.header("Accept-Language", "it"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("alert-error")))
			.andExpect(content().string(containsString("Il server rifiuta il nome utente o la password")))
			.andExpect(content().string(not(containsString(SECRET))));
		this.mvc
			.perform(form(post("/admin/mailboxes/test"), "Test", "IMAP", "", port, user.getLogin(), SECRET, "INBOX", "")
				.header("HX-Request", "true"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("This field is required.")));
		// without JavaScript: the whole form, still filled in, with the answer
		this.mvc
			.perform(form(post("/admin/mailboxes/test"), "No script", "IMAP", "127.0.0.1", port, user.getLogin(),
					user.getPassword(), "Missing", "noscript@example.com"))
			.andExpect(status().isOk())
			.andExpect(view().name("admin/mailbox-form"))
			.andExpect(content().string(containsString("value=\"No script\"")))
			.andExpect(content().string(containsString("The folder Missing does not exist on the server.")))
			.andExpect(content().string(not(containsString(user.getPassword()))));
	}

	@Test
	void shouldTestASavedMailboxWithItsStoredPassword() throws Exception {
		GreenMailUser user = mail.newUser();
		MailboxView saved = this.mailboxes.create(new SaveMailboxCommand("Saved " + user.getLogin(), MailProtocol.IMAP,
				"127.0.0.1", mail.imapPort(), user.getLogin(), MailAuthMethod.PASSWORD, user.getPassword(), null, null,
				AfterProcessing.MARK_SEEN, null, null, "saved-" + user.getEmail(), false, null));
		try {
			this.mvc
				.perform(form(post("/admin/mailboxes/{id}/test", saved.id()), saved.name(), "IMAP", "127.0.0.1",
						String.valueOf(mail.imapPort()), user.getLogin(), "", "INBOX", saved.supportAddress())
					.header("HX-Request", "true"))
				.andExpect(status().isOk())
				.andExpect(content().string(containsString("Connected. No messages are waiting in INBOX.")));
		}
		finally {
			this.mailboxes.delete(saved.id());
		}
	}

	@Test
	void shouldShowAFailingMailboxWithTheReasonInTheList() throws Exception {
		int closedPort;
		try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
			closedPort = socket.getLocalPort();
		}
		String id = unique();
		MailboxView failing = this.mailboxes.create(new SaveMailboxCommand("Failing " + id, MailProtocol.IMAP,
				"127.0.0.1", closedPort, "support", MailAuthMethod.PASSWORD, "p", null, null, null, null, null,
				"failing-" + id + "@example.com", true, null));
		try {
			await().atMost(Duration.ofSeconds(60))
				.until(() -> this.mailboxes.mailbox(failing.id()).orElseThrow().status().lastError() != null);
			assertThat(this.mailboxes.mailbox(failing.id()).orElseThrow().status().lastError())
				.isEqualTo(MailboxProblem.CONNECTION_REFUSED);
			this.mvc.perform(get("/admin/mailboxes").with(ADMIN).header("Accept-Language", "fi"))
				.andExpect(status().isOk())
				.andExpect(content().string(containsString("Postilaatikot")))
				.andExpect(content().string(containsString("Virhe")))
				.andExpect(content()
					.string(containsString("Palvelimen 127.0.0.1 portista " + closedPort + " ei vastata.")));
			this.mvc.perform(post("/admin/mailboxes/{id}/poll", failing.id()).with(ADMIN).with(csrf()))
				.andExpect(redirectedUrl("/admin/mailboxes"))
				.andExpect(flash().attribute("successKey", "mailbox.pollRequested"));
		}
		finally {
			this.mailboxes.delete(failing.id());
		}
	}

	@Test
	void shouldKeepTheMailboxScreensForAdmins() throws Exception {
		String username = "agent-" + unique();
		this.identity.createAgent(new SaveAgentCommand(username, username + "@example.com", "Alex Agent",
				"agent-password", Role.AGENT, true, Set.of(), Set.of()));
		RequestPostProcessor agent = httpBasic(username, "agent-password");
		this.mvc.perform(get("/admin/mailboxes").with(agent)).andExpect(status().isForbidden());
		this.mvc.perform(get("/admin/mailboxes/new").with(agent)).andExpect(status().isForbidden());
		this.mvc.perform(get("/admin/mailboxes/987654/edit").with(ADMIN)).andExpect(status().isNotFound());
	}

}
