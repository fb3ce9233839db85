package org.tierdesk.knowledge;

import java.time.Duration;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.tierdesk.identity.IdentityManagement;
import org.tierdesk.identity.Role;
import org.tierdesk.identity.TierdeskPrincipal;
import org.tierdesk.identity.UserView;
import org.tierdesk.support.H2ApplicationTest;
import org.tierdesk.ticket.Actor;
import org.tierdesk.ticket.Channel;
import org.tierdesk.ticket.OpenTicketCommand;
import org.tierdesk.ticket.TicketManagement;
import org.tierdesk.ticket.TicketView;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The agent knowledge screens and the portal help center, against the real application on
 * H2.
 */
@H2ApplicationTest
@AutoConfigureMockMvc
class KnowledgeScreensIT {

	static final Reader EDITOR = new Reader(null, "Editor", Role.ADMIN, Set.of());

	@Autowired
	MockMvc mvc;

	@Autowired
	IdentityManagement identity;

	@Autowired
	KnowledgeManagement knowledge;

	@Autowired
	TicketManagement tickets;

	RequestPostProcessor admin() {
		UserView admin = this.identity.userNamed("admin").orElseThrow();
		return user(new TierdeskPrincipal(admin.id(), admin.username(), admin.displayName(), admin.email(),
				admin.role(), admin.enabled(), "n/a"));
	}

	String page(String url, RequestPostProcessor who) throws Exception {
		return this.mvc.perform(get(url).with(who))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
	}

	@Test
	void shouldWriteReviewAndPublishAnArticleOnTheScreens() throws Exception {
		String marker = "walrus" + UUID.randomUUID().toString().substring(0, 6);
		String location = this.mvc
			.perform(post("/agent/knowledge").with(admin())
				.with(csrf())
				.param("language", "en")
				.param("title", "Unjam the " + marker)
				.param("body",
						"<p>Pull the <b>tray</b> of the " + marker
								+ ".</p><img src=x onerror=alert(1)><script>alert(2)</script>")
				.param("tags", "printer, tray")
				.param("visibility", "PUBLIC"))
			.andExpect(status().is3xxRedirection())
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		assertThat(location).matches("/agent/knowledge/\\d+");
		long id = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
		String article = page(location, admin());
		assertThat(article).contains("Unjam the " + marker, "<b>tray</b>").doesNotContain("alert(", "onerror");

		assertThat(page("/agent/knowledge", admin())).contains("Unjam the " + marker);
		assertThat(page("/agent/knowledge/" + id + "/edit?lang=nl", admin())).contains("name=\"language\"");
		this.mvc
			.perform(post("/agent/knowledge/" + id).with(admin())
				.with(csrf())
				.param("language", "nl")
				.param("title", "Papier vast in de " + marker)
				.param("body", "<p>Trek de lade uit.</p>"))
			.andExpect(status().is3xxRedirection());

		this.mvc.perform(get("/portal/help/articles/" + id)).andExpect(status().isNotFound());
		this.mvc.perform(post("/agent/knowledge/" + id + "/submit").with(admin()).with(csrf()))
			.andExpect(status().is3xxRedirection());
		this.mvc.perform(post("/agent/knowledge/" + id + "/publish").with(admin()).with(csrf()))
			.andExpect(status().is3xxRedirection());

		String dutch = this.mvc.perform(get("/portal/help/articles/" + id).header("Accept-Language", "nl"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(dutch).contains("Papier vast in de " + marker);
		String finnish = this.mvc.perform(get("/portal/help/articles/" + id).header("Accept-Language", "fi"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(finnish).contains("Unjam the " + marker, "kielellä");

		String results = this.mvc.perform(get("/portal/help/search").param("q", marker).header("HX-Request", "true"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(results).contains("<mark>").doesNotContain("<html");
		assertThat(page("/portal/help", admin())).contains("Unjam the " + marker);
	}

	@Test
	void shouldNeverShowInternalArticlesOnThePortal() throws Exception {
		String marker = "narwhal" + UUID.randomUUID().toString().substring(0, 6);
		ArticleView internal = this.knowledge.create(new SaveArticleCommand("en", "Admin password " + marker,
				"<p>" + marker + "</p>", null, Set.of(), Visibility.INTERNAL, Set.of(), null), EDITOR);
		this.knowledge.transition(internal.id(), ArticleAction.SUBMIT, EDITOR, null);
		this.knowledge.transition(internal.id(), ArticleAction.PUBLISH, EDITOR, null);
		this.mvc.perform(get("/portal/help/articles/" + internal.id())).andExpect(status().isNotFound());
		String results = this.mvc.perform(get("/portal/help/search").param("q", marker))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(results).doesNotContain("Admin password");
	}

	@Test
	void shouldDraftAnArticleFromAResolvedTicketWithoutPersonalData() throws Exception {
		String email = "pekka-" + UUID.randomUUID().toString().substring(0, 6) + "@example.com";
		TicketView ticket = this.tickets.open(
				new OpenTicketCommand("VPN drops every hour",
						"Hi, this is Pekka Virtanen (" + email
								+ ", +358 40 123 4567). The VPN <script>x</script> drops.",
						email, "Pekka Virtanen", null, Channel.PHONE, null, null, null, null, null),
				Actor.customer(null, "Pekka Virtanen", email));
		Actor agent = Actor.agent(1L, "Alex Agent", "alex@example.com");
		this.tickets.resolve(ticket.number(), "Renewed the VPN certificate for Pekka", "Expired certificate", agent,
				null);
		String form = page("/agent/knowledge/new?ticket=" + ticket.number(), admin());
		assertThat(form).contains("VPN drops every hour", "Renewed the VPN certificate", "Expired certificate")
			.doesNotContain("Virtanen", "Pekka", email, "123 4567", "<script>x");

		await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
			String search = page("/agent/search?q=certificate&type=solution", admin());
			assertThat(search).contains(ticket.number(), "<mark>");
		});
		String beside = page("/agent/knowledge/beside/" + ticket.number(), admin());
		assertThat(beside).contains("Similar solved tickets", "/agent/knowledge/new?ticket=" + ticket.number())
			.doesNotContain("<html");
		assertThat(page("/agent/tickets/" + ticket.number(), admin()))
			.contains("/agent/knowledge/beside/" + ticket.number());
		String hostile = page("/agent/search?q=" + "%3Cscript%3E", admin());
		assertThat(hostile).doesNotContain("<script>x");
	}

	@Test
	void shouldSuggestArticlesLogQuestionsAndExportThemSafely() throws Exception {
		String marker = "tapir" + UUID.randomUUID().toString().substring(0, 6);
		ArticleView article = this.knowledge.create(new SaveArticleCommand("en", "Restart the " + marker,
				"<p>Hold the " + marker + " button.</p>", null, Set.of(), Visibility.PUBLIC, Set.of(), null), EDITOR);
		this.knowledge.transition(article.id(), ArticleAction.SUBMIT, EDITOR, null);
		this.knowledge.transition(article.id(), ArticleAction.PUBLISH, EDITOR, null);

		var suggested = this.mvc
			.perform(get("/portal/help/suggest").param("subject", "=cmd| " + marker).header("HX-Request", "true"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse();
		assertThat(suggested.getContentAsString()).contains("Restart the " + marker, "solved-suggestion");
		jakarta.servlet.http.Cookie visitor = suggested.getCookie("td-visitor");
		assertThat(visitor).isNotNull();
		String questionId = suggested.getContentAsString().replaceAll("(?s).*questions/(\\d+)/solved.*", "$1");

		this.mvc
			.perform(post("/portal/help/questions/" + questionId + "/solved").cookie(visitor)
				.param("article", String.valueOf(article.id()))
				.header("HX-Request", "true")
				.with(csrf()))
			.andExpect(status().isNoContent());

		String screen = page("/agent/knowledge/questions", admin());
		assertThat(screen).contains(marker, "Solved");
		String csv = this.mvc.perform(get("/agent/knowledge/questions.csv").with(admin()))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(csv).startsWith("asked_at,language,source,query,results,opened_article,outcome")
			.contains("\"'=cmd| " + marker + "\"", "new-request", ",solved");
	}

	@Test
	void shouldNoteInTheQuestionLogThatARequestFollowed() throws Exception {
		String marker = "okra" + UUID.randomUUID().toString().substring(0, 6);
		var suggested = this.mvc
			.perform(get("/portal/help/suggest").param("subject", "No answer for " + marker)
				.header("HX-Request", "true"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse();
		jakarta.servlet.http.Cookie visitor = suggested.getCookie("td-visitor");
		this.mvc
			.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart("/portal/new")
				.cookie(visitor)
				.param("name", "Olga")
				.param("email", "olga-" + marker + "@example.com")
				.param("subject", "No answer for " + marker)
				.param("description", "Nothing in the help center")
				.with(csrf()))
			.andExpect(status().is3xxRedirection());
		String csv = this.mvc.perform(get("/agent/knowledge/questions.csv").param("unanswered", "true").with(admin()))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(csv).contains("\"No answer for " + marker + "\",0,,ticket");
	}

	@Test
	void shouldRefuseTheKnowledgeScreensToCustomersAndVisitors() throws Exception {
		for (String url : new String[] { "/agent/knowledge", "/agent/search", "/agent/knowledge/new" }) {
			int status = this.mvc.perform(get(url)).andReturn().getResponse().getStatus();
			assertThat(status).as(url).isIn(302, 401);
		}
	}

	@Test
	void shouldInsertAnArticleIntoTheReplyInTheAgentsLanguageAndLinkIt() throws Exception {
		String marker = "narwhal" + UUID.randomUUID().toString().substring(0, 6);
		ArticleView article = this.knowledge.create(new SaveArticleCommand("en", "Reset the " + marker,
				"<h2>Steps</h2><ol><li>Hold <b>power</b></li><li>Wait</li></ol><script>alert(1)</script>", null,
				Set.of(), Visibility.INTERNAL, Set.of(), null), EDITOR);
		this.knowledge.saveTranslation(article.id(), "nl", "Reset de " + marker, "<p>Houd de knop ingedrukt</p>",
				EDITOR, null);
		TicketView ticket = this.tickets.open(new OpenTicketCommand("Router " + marker, "It hangs", "r@example.com",
				"Robin", null, Channel.PHONE, null, null, null, null, null),
				Actor.customer(null, "Robin", "r@example.com"));

		String found = this.mvc
			.perform(get("/agent/knowledge/beside/" + ticket.number() + "/find").param("q", marker)
				.header("HX-Request", "true")
				.with(admin()))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(found).contains("/agent/knowledge/beside/" + ticket.number() + "/insert/" + article.id());

		String inserted = this.mvc
			.perform(post("/agent/knowledge/beside/" + ticket.number() + "/insert/" + article.id())
				.header("HX-Request", "true")
				.locale(java.util.Locale.forLanguageTag("nl"))
				.with(admin())
				.with(csrf()))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(inserted).contains("data-insert-into=\"reply-body\"", "Reset de " + marker, "Houd de knop ingedrukt",
				"Gekoppelde artikelen");
		String english = this.mvc
			.perform(post("/agent/knowledge/beside/" + ticket.number() + "/insert/" + article.id())
				.header("HX-Request", "true")
				.locale(java.util.Locale.ENGLISH)
				.with(admin())
				.with(csrf()))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(english).contains("Reset the " + marker + "\n\nSteps\n- Hold power\n- Wait")
			.doesNotContain("alert(1)", "<b>");
		assertThat(this.knowledge.linkedArticles(ticket.number(), "en", EDITOR)).singleElement()
			.satisfies((l) -> assertThat(l.articleId()).isEqualTo(article.id()));

		this.mvc
			.perform(post("/agent/knowledge/beside/" + ticket.number() + "/unlink/" + article.id())
				.header("HX-Request", "true")
				.with(admin())
				.with(csrf()))
			.andExpect(status().isOk());
		assertThat(this.knowledge.linkedArticles(ticket.number(), "en", EDITOR)).isEmpty();
	}

	@Test
	void shouldShowTheChangesBetweenTwoVersions() throws Exception {
		ArticleView article = this.knowledge.create(new SaveArticleCommand("en", "Clean the drum",
				"<p>Use a dry cloth</p>", null, Set.of(), Visibility.INTERNAL, Set.of(), null), EDITOR);
		this.knowledge.update(article.id(),
				new SaveArticleCommand(null, "Clean the drum", "<p>Use a damp cloth &lt;b&gt;</p><p>Let it dry</p>",
						null, Set.of(), Visibility.INTERNAL, Set.of(), null),
				EDITOR, null);
		assertThat(page("/agent/knowledge/" + article.id(), admin())).contains("/versions/diff");
		String diff = page("/agent/knowledge/" + article.id() + "/versions/diff?from=1&to=2", admin());
		assertThat(diff).contains("<del>dry</del>", "<ins>damp</ins>", "<ins>Let it dry</ins>", "&lt;b&gt;")
			.doesNotContain("<b>");
	}

}
