package org.tierdesk.knowledge;

import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.tierdesk.desk.DeskManagement;
import org.tierdesk.identity.IdentityManagement;
import org.tierdesk.identity.RegisterCustomerCommand;
import org.tierdesk.identity.Role;
import org.tierdesk.identity.SaveAgentCommand;
import org.tierdesk.support.ApiClient;
import org.tierdesk.support.ApiClient.Response;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The knowledge API end to end over HTTP, on each supported database (see the
 * subclasses): articles, translations, versions, lifecycle, who sees what, and search.
 */
abstract class KnowledgeApiIntegrationTests {

	static final String PASSWORD = "password-123";

	@LocalServerPort
	int port;

	@Autowired
	IdentityManagement identity;

	@Autowired
	DeskManagement desk;

	@Autowired
	QuestionLog questions;

	ApiClient admin;

	@BeforeEach
	void signIn() {
		long adminId = this.identity.userNamed("admin").orElseThrow().id();
		this.admin = ApiClient.bearer(this.port, this.identity.createApiToken(adminId, "tests").secret());
	}

	ApiClient agent(Set<Long> departments) {
		String username = "agent-" + UUID.randomUUID().toString().substring(0, 8);
		this.identity.createAgent(new SaveAgentCommand(username, username + "@example.com", "Alex " + username,
				PASSWORD, Role.AGENT, true, Set.of(this.desk.firstTier().id()), departments));
		return ApiClient.basic(this.port, username, PASSWORD);
	}

	ApiClient customer() {
		String email = "cus-" + UUID.randomUUID().toString().substring(0, 8) + "@example.com";
		this.identity.registerCustomer(new RegisterCustomerCommand("Cus Tomer", email, PASSWORD));
		return ApiClient.basic(this.port, email, PASSWORD);
	}

	JsonNode create(ApiClient client, String json) {
		Response created = client.post("/api/v1/knowledge/articles", json);
		assertThat(created.status()).as(created.body()).isEqualTo(201);
		return created.json();
	}

	JsonNode publish(long id) {
		assertThat(this.admin.post("/api/v1/knowledge/articles/" + id + "/submit", null).status()).isEqualTo(200);
		Response published = this.admin.post("/api/v1/knowledge/articles/" + id + "/publish", null);
		assertThat(published.status()).as(published.body()).isEqualTo(200);
		return published.json();
	}

	@Test
	void shouldSanitiseWriteTranslateVersionAndRestore() {
		JsonNode article = create(this.admin,
				"""
						{"language": "en", "title": "Reset a printer", "tags": ["Printer", "howto"],
						 "body": "<h2>Steps</h2><p onclick=\\"alert(1)\\">Hold the button</p><script>alert(2)</script><a href=\\"javascript:alert(3)\\">x</a>"}
						""");
		long id = article.get("id").asLong();
		String body = article.get("body").asString();
		assertThat(body).contains("<h2>Steps</h2>", "Hold the button")
			.doesNotContain("script", "onclick", "javascript", "alert");
		assertThat(article.get("status").asString()).isEqualTo("draft");
		assertThat(article.get("visibility").asString()).isEqualTo("internal");
		assertThat(article.get("tags").valueStream().map(JsonNode::asString)).containsExactlyInAnyOrder("printer",
				"howto");

		Response stale = this.admin.send("PUT", "/api/v1/knowledge/articles/" + id,
				"{\"title\": \"Other\", \"body\": \"<p>x</p>\"}", "\"" + (article.get("version").asLong() + 5) + "\"");
		assertThat(stale.status()).isEqualTo(409);
		assertThat(stale.contentType()).contains("application/problem+json");

		Response updated = this.admin.send("PUT", "/api/v1/knowledge/articles/" + id,
				"{\"title\": \"Reset any printer\", \"body\": \"<p>Hold the power button for ten seconds</p>\"}",
				"\"" + article.get("version").asLong() + "\"");
		assertThat(updated.status()).as(updated.body()).isEqualTo(200);
		Response translated = this.admin.send("PUT", "/api/v1/knowledge/articles/" + id + "/translations/nl",
				"{\"title\": \"Een printer resetten\", \"body\": \"<p>Houd de aan-knop tien seconden vast</p>\"}",
				null);
		assertThat(translated.status()).as(translated.body()).isEqualTo(200);

		JsonNode dutch = this.admin.get("/api/v1/knowledge/articles/" + id + "?lang=nl").json();
		assertThat(dutch.get("title").asString()).isEqualTo("Een printer resetten");
		assertThat(dutch.get("languages").valueStream().map(JsonNode::asString)).containsExactly("en", "nl");
		JsonNode finnish = this.admin.get("/api/v1/knowledge/articles/" + id + "?lang=fi").json();
		assertThat(finnish.get("language").asString()).isEqualTo("en");
		assertThat(finnish.get("title").asString()).isEqualTo("Reset any printer");

		JsonNode versions = this.admin.get("/api/v1/knowledge/articles/" + id + "/versions").json().get("items");
		assertThat(versions.size()).isEqualTo(3);
		assertThat(versions.get(0).get("language").asString()).isEqualTo("nl");
		Response restored = this.admin.post("/api/v1/knowledge/articles/" + id + "/versions/1/restore", null);
		assertThat(restored.status()).as(restored.body()).isEqualTo(200);
		assertThat(restored.json().get("title").asString()).isEqualTo("Reset a printer");
		assertThat(this.admin.get("/api/v1/knowledge/articles/" + id + "/versions").json().get("items").size())
			.isEqualTo(4);

		Response diff = this.admin.get("/api/v1/knowledge/articles/" + id + "/versions/1/diff/2");
		assertThat(diff.status()).as(diff.body()).isEqualTo(200);
		assertThat(diff.json().get("changed").asBoolean()).isTrue();
		assertThat(diff.json().get("title").get(0).get("kind").asString()).isEqualTo("changed");
		assertThat(diff.json().get("html").asString()).contains("<del>a</del>", "<ins>any</ins>")
			.doesNotContain("<script", "<h2>");
		assertThat(this.admin.get("/api/v1/knowledge/articles/" + id + "/versions/1/diff/99").status()).isEqualTo(404);
		assertThat(this.admin.get("/api/v1/knowledge/articles/" + id + "/versions/x/diff/2").status()).isEqualTo(400);
		assertThat(customer().get("/api/v1/knowledge/articles/" + id + "/versions/1/diff/2").status()).isIn(403, 404);
	}

	@Test
	void shouldGuardTheLifecycle() {
		long id = create(this.admin, "{\"language\": \"en\", \"title\": \"Lifecycle\", \"body\": \"<p>x</p>\"}")
			.get("id")
			.asLong();
		Response early = this.admin.post("/api/v1/knowledge/articles/" + id + "/publish", null);
		assertThat(early.status()).isEqualTo(409);
		assertThat(early.json().get("detail").asString()).contains("draft");
		assertThat(publish(id).get("status").asString()).isEqualTo("published");
		assertThat(
				this.admin.post("/api/v1/knowledge/articles/" + id + "/archive", null).json().get("status").asString())
			.isEqualTo("archived");
		assertThat(
				this.admin.post("/api/v1/knowledge/articles/" + id + "/revise", null).json().get("status").asString())
			.isEqualTo("draft");
	}

	@Test
	void shouldShowVisitorsAndCustomersOnlyPublishedPublicArticles() {
		String marker = "zebra" + UUID.randomUUID().toString().substring(0, 6);
		long pub = create(this.admin, """
				{"language": "en", "title": "Public %s", "body": "<p>%s for everyone</p>", "visibility": "public"}
				""".formatted(marker, marker)).get("id").asLong();
		long draft = create(this.admin, """
				{"language": "en", "title": "Draft %s", "body": "<p>%s not yet</p>", "visibility": "public"}
				""".formatted(marker, marker)).get("id").asLong();
		long internal = create(this.admin, """
				{"language": "en", "title": "Internal %s", "body": "<p>%s agents only</p>", "visibility": "internal"}
				""".formatted(marker, marker)).get("id").asLong();
		long sales = this.desk.addDepartment("Sales " + marker).id();
		long limited = create(this.admin, """
				{"language": "en", "title": "Sales %s", "body": "<p>%s sales only</p>", "visibility": "departments",
				 "departments": [%d]}
				""".formatted(marker, marker, sales)).get("id").asLong();
		publish(pub);
		publish(internal);
		publish(limited);

		for (ApiClient outsider : List.of(ApiClient.anonymous(this.port), customer())) {
			assertThat(outsider.get("/api/v1/knowledge/articles/" + pub).status()).isEqualTo(200);
			for (long hidden : List.of(draft, internal, limited)) {
				Response response = outsider.get("/api/v1/knowledge/articles/" + hidden);
				assertThat(response.status()).isEqualTo(404);
				assertThat(response.body()).doesNotContain(marker);
			}
			assertThat(ids(outsider.get("/api/v1/knowledge/articles?q=" + marker))).containsExactly(pub);
			assertThat(ids(outsider.get("/api/v1/knowledge/articles?limit=100"))).contains(pub)
				.doesNotContain(draft, internal, limited);
			assertThat(outsider.post("/api/v1/knowledge/articles", "{\"title\": \"x\"}").status()).isIn(401, 403);
			assertThat(outsider.get("/api/v1/knowledge/articles/" + pub + "/versions").status()).isIn(401, 403, 404);
			assertThat(outsider.get("/api/v1/search?q=" + marker).status()).isIn(401, 403);
		}

		ApiClient otherAgent = agent(Set.of(this.desk.defaultDepartment().id()));
		assertThat(otherAgent.get("/api/v1/knowledge/articles/" + limited).status()).isEqualTo(404);
		assertThat(ids(otherAgent.get("/api/v1/knowledge/articles?q=" + marker))).contains(pub, draft, internal)
			.doesNotContain(limited);
		assertThat(refs(otherAgent.get("/api/v1/search?type=article&q=" + marker)))
			.doesNotContain(String.valueOf(limited));

		ApiClient salesAgent = agent(Set.of(sales));
		assertThat(salesAgent.get("/api/v1/knowledge/articles/" + limited).status()).isEqualTo(200);
		assertThat(ids(salesAgent.get("/api/v1/knowledge/articles?q=" + marker))).contains(limited);
	}

	@Test
	void shouldFindTicketsSolutionsAndSimilarSolvedTickets() {
		String word = "quokka" + UUID.randomUUID().toString().substring(0, 5);
		String solved = openTicket("Scanner " + word + " shows error E42", "The scanner stops with E42 on every page");
		assertThat(this.admin
			.post("/api/v1/tickets/" + solved + "/resolve",
					"{\"solution\": \"Cleaned the " + word + " scanner glass and updated the firmware\", "
							+ "\"cause\": \"Dust on the sensor\"}")
			.status()).isEqualTo(200);
		String fresh = openTicket("Scanner " + word + " error E42 again", "Same E42 error on the scanner");

		await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
			JsonNode hits = this.admin.get("/api/v1/search?q=" + word + "&type=ticket").json().get("items");
			assertThat(refs(hits)).contains(solved, fresh);
		});
		await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
			JsonNode hits = this.admin.get("/api/v1/search?q=firmware+" + word + "&type=solution").json().get("items");
			assertThat(refs(hits)).containsExactly(solved);
			assertThat(hits.get(0).get("snippet").asString()).contains("<mark>");
		});
		JsonNode byNumber = this.admin.get("/api/v1/search?q=" + fresh).json().get("items");
		assertThat(byNumber.get(0).get("ref").asString()).isEqualTo(fresh);

		JsonNode similar = this.admin.get("/api/v1/tickets/" + fresh + "/similar").json().get("items");
		assertThat(similar.get(0).get("number").asString()).isEqualTo(solved);
		assertThat(similar.get(0).get("solution").asString()).contains("firmware");
		assertThat(this.admin.get("/api/v1/tickets/NOPE-1/similar").status()).isEqualTo(404);
	}

	@Test
	void shouldFollowADirectStatusChangeOfATicket() {
		String word = "wombat" + UUID.randomUUID().toString().substring(0, 5);
		String number = openTicket("Docking " + word + " flickers", "The screen flickers");
		await().atMost(Duration.ofSeconds(20))
			.untilAsserted(() -> assertThat(refs(this.admin.get("/api/v1/search?type=ticket&status=new&q=" + word)))
				.containsExactly(number));
		Response pending = this.admin.patch("/api/v1/tickets/" + number, "{\"status\": \"pending\"}", null);
		assertThat(pending.status()).as(pending.body()).isEqualTo(200);
		await().atMost(Duration.ofSeconds(20))
			.untilAsserted(() -> assertThat(refs(this.admin.get("/api/v1/search?type=ticket&status=pending&q=" + word)))
				.containsExactly(number));
	}

	@Test
	void shouldLinkArticlesToTicketsAndCountTheTicketsTheySolved() {
		long first = create(this.admin, "{\"language\": \"en\", \"title\": \"Fix Wi-Fi\", \"body\": \"<p>x</p>\"}")
			.get("id")
			.asLong();
		long second = create(this.admin, "{\"language\": \"en\", \"title\": \"Fix DNS\", \"body\": \"<p>x</p>\"}")
			.get("id")
			.asLong();
		String number = openTicket("No network", "Nothing loads");
		Response linked = this.admin.post("/api/v1/tickets/" + number + "/articles/" + first, null);
		assertThat(linked.status()).as(linked.body()).isEqualTo(200);
		assertThat(this.admin.post("/api/v1/tickets/" + number + "/articles/" + first, null).json().get("items").size())
			.isEqualTo(1);
		assertThat(this.admin.post("/api/v1/tickets/NOPE-1/articles/" + first, null).status()).isEqualTo(404);
		assertThat(this.admin.post("/api/v1/tickets/" + number + "/articles/999999999", null).status()).isEqualTo(404);
		assertThat(customer().post("/api/v1/tickets/" + number + "/articles/" + first, null).status()).isEqualTo(403);

		assertThat(this.admin.post("/api/v1/tickets/" + number + "/resolve", "{\"solution\": \"Restarted the router\"}")
			.status()).isEqualTo(200);
		await().atMost(Duration.ofSeconds(20))
			.untilAsserted(() -> assertThat(
					this.admin.get("/api/v1/knowledge/articles/" + first).json().get("ticketsSolved").asLong())
				.isEqualTo(1));
		// linked once the ticket is resolved: counts at once, and unlinking takes it back
		this.admin.post("/api/v1/tickets/" + number + "/articles/" + second, null);
		assertThat(this.admin.get("/api/v1/knowledge/articles/" + second).json().get("ticketsSolved").asLong())
			.isEqualTo(1);
		JsonNode links = this.admin.get("/api/v1/tickets/" + number + "/articles").json().get("items");
		assertThat(links.size()).isEqualTo(2);
		assertThat(links.get(0).get("solved").asBoolean()).isTrue();
		assertThat(this.admin.send("DELETE", "/api/v1/tickets/" + number + "/articles/" + second, null, null).status())
			.isEqualTo(204);
		assertThat(this.admin.get("/api/v1/knowledge/articles/" + second).json().get("ticketsSolved").asLong())
			.isZero();
		assertThat(this.admin.get("/api/v1/tickets/" + number + "/articles").json().get("items").size()).isEqualTo(1);
	}

	@Test
	void shouldAttachFilesThatOnlyThoseWhoMaySeeTheArticleDownload() {
		long id = create(this.admin, "{\"language\": \"en\", \"title\": \"Manual\", \"body\": \"<p>x</p>\"}").get("id")
			.asLong();
		String files = "/api/v1/knowledge/articles/" + id + "/attachments";
		Response attached = this.admin.postMultipart(files, java.util.Map.of(), "file", "../../etc/guide \u00e9.txt",
				"Step one".getBytes(java.nio.charset.StandardCharsets.UTF_8));
		assertThat(attached.status()).as(attached.body()).isEqualTo(201);
		long fileId = attached.json().get("id").asLong();
		assertThat(attached.json().get("filename").asString()).isEqualTo("guide \u00e9.txt");
		assertThat(attached.json().get("contentType").asString()).isEqualTo("application/octet-stream");

		Response download = this.admin.get(files + "/" + fileId);
		assertThat(download.status()).isEqualTo(200);
		assertThat(download.body()).isEqualTo("Step one");
		assertThat(download.header("Content-Disposition")).startsWith("attachment;").contains("filename*=UTF-8''");
		assertThat(download.header("X-Content-Type-Options")).isEqualTo("nosniff");
		assertThat(this.admin.get(files).json().get("items").size()).isEqualTo(1);

		Response empty = this.admin.postMultipart(files, java.util.Map.of(), "file", "empty.txt", new byte[0]);
		assertThat(empty.status()).isEqualTo(400);
		assertThat(empty.contentType()).contains("application/problem+json");
		assertThat(this.admin.postMultipart(files, java.util.Map.of(), "file", "x.txt", new byte[] { 1 }).status())
			.isEqualTo(201);
		assertThat(customer().postMultipart(files, java.util.Map.of(), "file", "x.txt", new byte[] { 1 }).status())
			.isEqualTo(403);

		// visitors: only the files of published public articles, through the help center
		ApiClient visitor = ApiClient.anonymous(this.port);
		String portalFile = "/portal/help/articles/" + id + "/attachments/" + fileId;
		assertThat(visitor.get(portalFile).status()).isEqualTo(404);
		assertThat(this.admin
			.send("PUT", "/api/v1/knowledge/articles/" + id,
					"{\"title\": \"Manual\", \"body\": \"<p>x</p>\", \"visibility\": \"public\"}", null)
			.status()).isEqualTo(200);
		publish(id);
		assertThat(visitor.get(portalFile).status()).isEqualTo(200);
		assertThat(visitor.get("/portal/help/articles/" + id + "/attachments/" + (fileId + 999)).status())
			.isEqualTo(404);

		assertThat(this.admin.send("DELETE", files + "/" + fileId, null, null).status()).isEqualTo(204);
		assertThat(this.admin.get(files + "/" + fileId).status()).isEqualTo(404);
		assertThat(this.admin.get(files).json().get("items").size()).isEqualTo(1);
	}

	@Test
	void shouldAnswerHostileQueriesWithResultsOrClearErrors() {
		List<String> queries = List.of("\"unclosed", "printer AND OR NOT", "title_en:x*", "*", "?~^2", "(((", "😀🖨️",
				"'; drop table knowledge_article; --", "<script>alert(1)</script>", "\\", "a".repeat(900),
				"word ".repeat(200), "ä ö ü é", "the");
		for (String q : queries) {
			String encoded = java.net.URLEncoder.encode(q, java.nio.charset.StandardCharsets.UTF_8);
			for (String path : List.of("/api/v1/knowledge/articles?q=", "/api/v1/search?q=")) {
				Response response = this.admin.get(path + encoded);
				assertThat(response.status()).as(path + q + " → " + response.body()).isEqualTo(200);
				assertThat(response.body()).doesNotContain("<script>");
			}
		}
		String long5k = "x".repeat(5_000);
		Response tooLong = this.admin.get("/api/v1/search?q=" + long5k);
		assertThat(tooLong.status()).isEqualTo(400);
		assertThat(tooLong.contentType()).contains("application/problem+json");
		assertThat(tooLong.json().get("errors").get(0).get("field").asString()).isEqualTo("q");
		assertThat(this.admin.get("/api/v1/knowledge/articles?q=" + long5k).status()).isEqualTo(400);
		// 10 KB does not fit in a request line: the server refuses it before the
		// application
		String huge = "x".repeat(10_240);
		assertThat(this.admin.get("/api/v1/search?q=" + huge).status()).isBetween(400, 499);
		Response hugeTitle = this.admin.post("/api/v1/knowledge/articles",
				"{\"language\": \"en\", \"title\": \"" + huge + "\", \"body\": \"" + huge + "\"}");
		assertThat(hugeTitle.status()).isEqualTo(400);
		assertThat(hugeTitle.contentType()).contains("application/problem+json");
		assertThat(this.admin.get("/api/v1/search?q=x&type=bogus").status()).isEqualTo(400);
		assertThat(this.admin.get("/api/v1/search?q=x&from=yesterday").status()).isEqualTo(400);
		assertThat(this.admin.post("/api/v1/knowledge/articles", "{\"language\": \"xx\", \"title\": \"t\"}").status())
			.isEqualTo(400);
		assertThat(this.admin.post("/api/v1/knowledge/articles", "{\"language\": \"en\", \"title\": \" \"}").status())
			.isEqualTo(400);
		assertThat(this.admin
			.post("/api/v1/knowledge/articles", "{\"language\": \"en\", \"title\": \"" + "t".repeat(400) + "\"}")
			.status()).isEqualTo(400);
		assertThat(this.admin.post("/api/v1/knowledge/articles", "not json").status()).isEqualTo(400);
	}

	@Test
	void shouldLogQuestionsDeflectionsAndFollowingRequests() {
		String marker = "ibis" + UUID.randomUUID().toString().substring(0, 6);
		long article = create(this.admin, """
				{"language": "en", "title": "Fix the %s", "body": "<p>x</p>", "visibility": "public"}
				""".formatted(marker)).get("id").asLong();
		publish(article);
		String visitor = UUID.randomUUID().toString();
		long first = this.questions.asked(marker.substring(0, 5), "en", "portal", 0, visitor);
		long refined = this.questions.asked(marker + " broken", "en", "portal", 1, visitor);
		assertThat(refined).as("typing on refines the same question").isEqualTo(first);
		this.questions.opened(refined, article, "someone-else");
		this.questions.solved(refined, article, "someone-else");
		this.questions.opened(refined, article, visitor);
		this.questions.solved(refined, article, visitor);
		this.questions.ticketFollowed(visitor);

		String other = UUID.randomUUID().toString();
		this.questions.asked("unknown " + marker + " thing", "nl", "new-request", 0, other);
		this.questions.ticketFollowed(other);

		Response log = this.admin.get("/api/v1/knowledge/questions?limit=1000");
		assertThat(log.status()).as(log.body()).isEqualTo(200);
		List<JsonNode> mine = log.json()
			.get("items")
			.valueStream()
			.filter((q) -> q.get("query").asString().contains(marker))
			.toList();
		assertThat(mine).hasSize(2);
		JsonNode solved = mine.stream()
			.filter((q) -> q.get("source").asString().equals("portal"))
			.findFirst()
			.orElseThrow();
		assertThat(solved.get("query").asString()).isEqualTo(marker + " broken");
		assertThat(solved.get("outcome").asString()).isEqualTo("solved");
		assertThat(solved.get("openedArticleId").asLong()).isEqualTo(article);
		JsonNode ticket = mine.stream()
			.filter((q) -> q.get("source").asString().equals("new-request"))
			.findFirst()
			.orElseThrow();
		assertThat(ticket.get("outcome").asString()).isEqualTo("ticket");
		assertThat(ticket.get("results").asInt()).isZero();
		JsonNode counts = log.json().get("counts");
		assertThat(counts.get("questions").asLong()).isGreaterThanOrEqualTo(2);
		assertThat(counts.get("deflected").asLong()).isGreaterThanOrEqualTo(1);
		assertThat(counts.get("ticketsFollowed").asLong()).isGreaterThanOrEqualTo(1);
		assertThat(counts.get("unanswered").asLong()).isGreaterThanOrEqualTo(1);
		assertThat(ApiClient.anonymous(this.port).get("/api/v1/knowledge/questions").status()).isEqualTo(401);
		assertThat(customer().get("/api/v1/knowledge/questions").status()).isEqualTo(403);
	}

	@Test
	void shouldLetOnlyAdminsRebuildTheIndex() {
		String marker = "okapi" + UUID.randomUUID().toString().substring(0, 6);
		long id = create(this.admin,
				"{\"language\": \"en\", \"title\": \"Rebuild " + marker + "\", \"body\": \"<p>x</p>\"}")
			.get("id")
			.asLong();
		assertThat(agent(Set.of()).post("/api/v1/admin/search/rebuild", null).status()).isEqualTo(403);
		Response rebuilt = this.admin.post("/api/v1/admin/search/rebuild", null);
		assertThat(rebuilt.status()).as(rebuilt.body()).isEqualTo(200);
		assertThat(ids(this.admin.get("/api/v1/knowledge/articles?q=" + marker))).containsExactly(id);
	}

	String openTicket(String subject, String description) {
		Response created = this.admin.post("/api/v1/tickets", """
				{"subject": "%s", "description": "%s", "channel": "phone",
				 "requester": {"email": "sam-%s@example.com", "name": "Sam Someone"}}
				""".formatted(subject, description, UUID.randomUUID()));
		assertThat(created.status()).as(created.body()).isEqualTo(201);
		return created.json().get("number").asString();
	}

	static List<Long> ids(Response response) {
		assertThat(response.status()).as(response.body()).isEqualTo(200);
		return response.json().get("items").valueStream().map((n) -> n.get("id").asLong()).toList();
	}

	static List<String> refs(Response response) {
		assertThat(response.status()).as(response.body()).isEqualTo(200);
		return refs(response.json().get("items"));
	}

	static List<String> refs(JsonNode items) {
		return items.valueStream().map((n) -> n.get("ref").asString()).toList();
	}

}
