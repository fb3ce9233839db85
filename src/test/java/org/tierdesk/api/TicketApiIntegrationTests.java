package org.tierdesk.api;

import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.tierdesk.identity.IdentityManagement;
import org.tierdesk.identity.RegisterCustomerCommand;
import org.tierdesk.support.ApiClient;
import org.tierdesk.support.ApiClient.Response;
import org.tierdesk.support.DatabaseInitializers;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The ticket API end to end over HTTP, on each supported database (see the subclasses).
 */
abstract class TicketApiIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	IdentityManagement identity;

	ApiClient api;

	@BeforeEach
	void signIn() {
		long adminId = this.identity.userNamed("admin").orElseThrow().id();
		this.api = ApiClient.bearer(this.port, this.identity.createApiToken(adminId, "tests").secret());
	}

	String createTicket(String subject) {
		Response created = this.api.post("/api/v1/tickets", """
				{"subject": "%s", "description": "It does not work", "channel": "phone", "priority": "high",
				 "requester": {"email": "Someone-%s@Example.com", "name": "Sam Someone"}}
				""".formatted(subject, UUID.randomUUID()));
		assertThat(created.status()).as(created.body()).isEqualTo(201);
		return created.json().get("number").asString();
	}

	@Test
	void shouldCreateTicketWithLocationAndRead() {
		Response created = this.api.post("/api/v1/tickets", """
				{"subject": "Laptop will not boot", "description": "Black screen since this morning",
				 "requester": {"email": "kim@example.com", "name": "Kim"}, "channel": "web"}
				""");
		assertThat(created.status()).isEqualTo(201);
		JsonNode body = created.json();
		String number = body.get("number").asString();
		assertThat(created.header("Location")).endsWith("/api/v1/tickets/" + number);
		assertThat(body.get("status").asString()).isEqualTo("new");
		assertThat(body.get("tier").asInt()).isEqualTo(1);
		assertThat(body.get("priority").asString()).isEqualTo("normal");
		assertThat(body.get("department").asString()).isEqualTo("General");
		assertThat(body.get("requester").get("email").asString()).isEqualTo("kim@example.com");
		assertThat(body.get("solution").isNull()).isTrue();

		Response read = this.api.get("/api/v1/tickets/" + number);
		assertThat(read.status()).isEqualTo(200);
		assertThat(read.json().get("subject").asString()).isEqualTo("Laptop will not boot");
		assertThat(read.json().get("channel").asString()).isEqualTo("web");
		assertThat(read.header("ETag")).isEqualTo("\"" + read.json().get("version").asLong() + "\"");
	}

	@Test
	void shouldRunTheTieredLifecycle() {
		String number = createTicket("Database is slow");
		Response escalated = this.api.post("/api/v1/tickets/" + number + "/escalate",
				"{\"note\": \"Checked the network; needs a DBA\"}");
		assertThat(escalated.status()).isEqualTo(200);
		assertThat(escalated.json().get("tier").asInt()).isEqualTo(2);
		assertThat(escalated.json().get("escalation").get("note").asString())
			.isEqualTo("Checked the network; needs a DBA");

		Response top = this.api.post("/api/v1/tickets/" + number + "/escalate", "{\"note\": \"more\"}");
		assertThat(top.status()).isEqualTo(409);
		assertThat(top.contentType()).startsWith("application/problem+json");
		assertThat(top.json().get("detail").asString()).contains("top tier");

		Response blank = this.api.post("/api/v1/tickets/" + number + "/resolve", "{\"solution\": \"   \"}");
		assertThat(blank.status()).isEqualTo(400);
		assertThat(blank.json().get("errors").get(0).get("field").asString()).isEqualTo("solution");

		String word = "vacuum" + UUID.randomUUID().toString().substring(0, 6);
		Response resolved = this.api.post("/api/v1/tickets/" + number + "/resolve",
				"{\"solution\": \"Ran " + word + " analyze on the orders table\", \"cause\": \"Stale statistics\"}");
		assertThat(resolved.status()).isEqualTo(200);
		assertThat(resolved.json().get("status").asString()).isEqualTo("resolved");
		assertThat(resolved.json().get("solution").asString()).contains(word);

		Response again = this.api.post("/api/v1/tickets/" + number + "/resolve", "{\"solution\": \"again\"}");
		assertThat(again.status()).isEqualTo(409);

		Response solutions = this.api.get("/api/v1/solutions?q=" + word);
		assertThat(solutions.json()).hasSize(1);
		assertThat(solutions.json().get(0).get("number").asString()).isEqualTo(number);

		Response history = this.api.get("/api/v1/tickets/" + number + "/history");
		assertThat(history.json().valueStream().map((h) -> h.get("action").asString())).containsExactly("created",
				"escalated", "resolved");
		assertThat(history.json().get(1).get("actor").asString()).isEqualTo("Administrator");

		Response closed = this.api.post("/api/v1/tickets/" + number + "/close", null);
		assertThat(closed.json().get("status").asString()).isEqualTo("closed");
		Response resolveClosed = this.api.post("/api/v1/tickets/" + number + "/resolve", "{\"solution\": \"x\"}");
		assertThat(resolveClosed.status()).isEqualTo(409);
	}

	@Test
	void shouldSendBackToFirstTier() {
		String number = createTicket("Wrong queue");
		this.api.post("/api/v1/tickets/" + number + "/escalate", "{\"note\": \"up\"}");
		Response back = this.api.post("/api/v1/tickets/" + number + "/send-back", "{\"note\": \"Standard reset\"}");
		assertThat(back.json().get("tier").asInt()).isEqualTo(1);
		assertThat(back.json().get("escalation").get("sentBack").asBoolean()).isTrue();
		assertThat(this.api.post("/api/v1/tickets/" + number + "/send-back", "{\"note\": \"x\"}").status())
			.isEqualTo(409);
	}

	@Test
	void shouldAddRepliesAndInternalNotes() {
		String number = createTicket("Reply test");
		assertThat(this.api.post("/api/v1/tickets/" + number + "/messages", "{\"body\": \"We are on it\"}").status())
			.isEqualTo(201);
		assertThat(this.api
			.post("/api/v1/tickets/" + number + "/messages", "{\"body\": \"Looks like disk\", \"internal\": true}")
			.status()).isEqualTo(201);
		JsonNode messages = this.api.get("/api/v1/tickets/" + number + "/messages").json();
		assertThat(messages).hasSize(3);
		assertThat(messages.get(0).get("from").get("type").asString()).isEqualTo("customer");
		assertThat(messages.get(2).get("internal").asBoolean()).isTrue();
		assertThat(this.api.get("/api/v1/tickets/" + number).json().get("status").asString()).isEqualTo("open");
	}

	@Test
	void shouldRefuseStaleVersionWith409() {
		String number = createTicket("Two agents");
		Response first = this.api.get("/api/v1/tickets/" + number);
		String etag = first.header("ETag");
		assertThat(this.api.patch("/api/v1/tickets/" + number, "{\"priority\": \"urgent\"}", etag).status())
			.isEqualTo(200);
		Response stale = this.api.patch("/api/v1/tickets/" + number, "{\"priority\": \"low\"}", etag);
		assertThat(stale.status()).isEqualTo(409);
		assertThat(stale.json().get("detail").asString()).contains("changed by someone else");
		assertThat(this.api.get("/api/v1/tickets/" + number).json().get("priority").asString()).isEqualTo("urgent");
	}

	@Test
	void shouldAssignAndFilterTheQueue() {
		String number = createTicket("Assign me");
		Response assigned = this.api.patch("/api/v1/tickets/" + number, "{\"assignee\": \"admin\"}", null);
		assertThat(assigned.json().get("assignee").asString()).isEqualTo("admin");
		JsonNode mine = this.api.get("/api/v1/tickets?assignee=me&tier=1&size=100&sort=newest").json();
		assertThat(mine.get("items").valueStream().map((t) -> t.get("number").asString())).contains(number);
		JsonNode unassigned = this.api.get("/api/v1/tickets?assignee=none&size=100&sort=newest").json();
		assertThat(unassigned.get("items").valueStream().map((t) -> t.get("number").asString())).doesNotContain(number);
		assertThat(this.api.get("/api/v1/tickets?status=bogus").status()).isEqualTo(400);
		assertThat(this.api.get("/api/v1/tickets?q=" + number).json().get("items").get(0).get("number").asString())
			.isEqualTo(number);
	}

	@Test
	void shouldAnswerBadInputWithProblems() {
		Response malformed = this.api.post("/api/v1/tickets", "{\"subject\": ");
		assertThat(malformed.status()).isEqualTo(400);
		assertThat(malformed.contentType()).startsWith("application/problem+json");
		assertThat(malformed.json().get("title").asString()).isEqualTo("Malformed request");

		Response missing = this.api.post("/api/v1/tickets",
				"{\"description\": \"x\", \"requester\": {\"email\": \"a@b.co\"}}");
		assertThat(missing.status()).isEqualTo(400);
		assertThat(missing.json().get("errors").valueStream().map((e) -> e.get("field").asString()))
			.contains("subject");

		Response overlong = this.api.post("/api/v1/tickets", """
				{"subject": "%s", "description": "x", "requester": {"email": "a@b.co"}}
				""".formatted("x".repeat(201)));
		assertThat(overlong.status()).isEqualTo(400);

		Response badChannel = this.api.post("/api/v1/tickets", """
				{"subject": "s", "description": "x", "requester": {"email": "a@b.co"}, "channel": "fax"}
				""");
		assertThat(badChannel.status()).isEqualTo(400);
		assertThat(badChannel.json().get("errors").get(0).get("field").asString()).isEqualTo("channel");

		Response unknown = this.api.get("/api/v1/tickets/TD-999999999");
		assertThat(unknown.status()).isEqualTo(404);
		assertThat(unknown.json().get("detail").asString()).contains("TD-999999999");
	}

	@Test
	void shouldAcceptFilesAndRefuseEmptyOrOversizedOnes() {
		String number = createTicket("Files");
		Response ok = this.api.postMultipart("/api/v1/tickets/" + number + "/messages",
				java.util.Map.of("body", "Log attached", "internal", "true"), "trace.log", "boom".getBytes());
		assertThat(ok.status()).as(ok.body()).isEqualTo(201);
		long id = ok.json().get("attachments").get(0).get("id").asLong();
		Response file = this.api.get("/api/v1/attachments/" + id);
		assertThat(file.body()).isEqualTo("boom");
		assertThat(file.header("Content-Disposition")).contains("trace.log");

		Response empty = this.api.postMultipart("/api/v1/tickets/" + number + "/messages",
				java.util.Map.of("body", "Empty file"), "empty.txt", new byte[0]);
		assertThat(empty.status()).isEqualTo(400);
		assertThat(empty.json().get("errors").get(0).get("field").asString()).isEqualTo("attachments");

		Response oversized = this.api.postMultipart("/api/v1/tickets/" + number + "/messages",
				java.util.Map.of("body", "Huge file"), "huge.bin", new byte[10 * 1024 * 1024 + 1]);
		assertThat(oversized.status()).isEqualTo(413);
		assertThat(oversized.contentType()).startsWith("application/problem+json");
		assertThat(this.api.get("/api/v1/tickets/" + number + "/messages").json()).hasSize(2);
	}

	@Test
	void shouldServeOpenApiDescription() {
		Response docs = ApiClient.anonymous(this.port).get("/v3/api-docs");
		assertThat(docs.status()).isEqualTo(200);
		assertThat(docs.json().get("paths").has("/api/v1/tickets/{number}/escalate")).isTrue();
	}

	@Test
	void shouldRequireStaffAuthentication() {
		Response anonymous = ApiClient.anonymous(this.port).get("/api/v1/tickets");
		assertThat(anonymous.status()).isEqualTo(401);
		assertThat(anonymous.contentType()).startsWith("application/problem+json");
		assertThat(ApiClient.bearer(this.port, "td_not-a-real-token").get("/api/v1/tickets").status()).isEqualTo(401);
		assertThat(ApiClient.basic(this.port, "admin", DatabaseInitializers.ADMIN_PASSWORD)
			.get("/api/v1/tickets")
			.status()).isEqualTo(200);
		String email = "customer-" + UUID.randomUUID() + "@example.com";
		this.identity.registerCustomer(new RegisterCustomerCommand("Cus Tomer", email, "secret-password"));
		Response customer = ApiClient.basic(this.port, email, "secret-password").get("/api/v1/tickets");
		assertThat(customer.status()).isEqualTo(403);
	}

}
