package org.tierdesk.api;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.tierdesk.desk.DeskManagement;
import org.tierdesk.desk.TierView;
import org.tierdesk.identity.IdentityManagement;
import org.tierdesk.identity.Role;
import org.tierdesk.identity.SaveAgentCommand;
import org.tierdesk.support.ApiClient;
import org.tierdesk.support.ApiClient.Response;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Who sees which department's tickets through the API (ADR 0022), on each supported
 * database: agents their departments' tickets only, confidential departments' tickets
 * only their own agents and admins, in reads, changes, lists, solutions, files, search
 * and similar tickets alike.
 */
abstract class DepartmentAccessIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	IdentityManagement identity;

	@Autowired
	DeskManagement desk;

	ApiClient admin;

	String tag;

	long itId;

	long hrId;

	@BeforeEach
	void setUp() {
		long adminId = this.identity.userNamed("admin").orElseThrow().id();
		this.admin = ApiClient.bearer(this.port, this.identity.createApiToken(adminId, "tests").secret());
		this.tag = "dept" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
		this.itId = department("IT " + this.tag, false);
		this.hrId = department("HR " + this.tag, true);
	}

	long department(String name, boolean confidential) {
		Response created = this.admin.post("/api/v1/admin/departments",
				"{\"name\": \"%s\", \"confidential\": %s}".formatted(name, confidential));
		assertThat(created.status()).as(created.body()).isEqualTo(201);
		assertThat(created.json().get("confidential").asBoolean()).isEqualTo(confidential);
		return created.json().get("id").asLong();
	}

	ApiClient agent(String role, Set<Long> departments, boolean allDepartments) {
		String username = role + "-" + this.tag;
		Set<Long> tiers = this.desk.tiers().stream().map(TierView::id).collect(Collectors.toSet());
		this.identity.createAgent(new SaveAgentCommand(username, username + "@example.com", "Agent " + role,
				"password-123", Role.AGENT, true, tiers, departments, allDepartments));
		return ApiClient.basic(this.port, username, "password-123");
	}

	String ticket(long departmentId, String subject) {
		Response created = this.admin.post("/api/v1/tickets", """
				{"subject": "%s %s", "description": "The printer on floor %s jams", "channel": "phone",
				 "department": "%s", "requester": {"email": "kim-%s@example.com", "name": "Kim"}}
				""".formatted(subject, this.tag, this.tag, departmentId, this.tag));
		assertThat(created.status()).as(created.body()).isEqualTo(201);
		return created.json().get("number").asString();
	}

	List<String> listed(ApiClient client) {
		Response list = client.get("/api/v1/tickets?status=all&size=100&q=" + this.tag);
		assertThat(list.status()).as(list.body()).isEqualTo(200);
		return list.json().get("items").valueStream().map((t) -> t.get("number").asString()).toList();
	}

	static void assertNotFound(Response response) {
		assertThat(response.status()).as(response.body()).isEqualTo(404);
		assertThat(response.contentType()).startsWith("application/problem+json");
	}

	@Test
	void shouldShowAgentsTheTicketsOfTheirDepartmentsOnly() {
		String general = ticket(this.desk.defaultDepartment().id(), "General");
		String it = ticket(this.itId, "Laptop");
		String hr = ticket(this.hrId, "Salary");
		ApiClient itAgent = agent("it", Set.of(this.itId), false);
		ApiClient hrAgent = agent("hr", Set.of(this.hrId), false);
		ApiClient everyone = agent("all", Set.of(), false);
		ApiClient supervisor = agent("lead", Set.of(this.itId), true);

		assertThat(listed(this.admin)).containsExactlyInAnyOrder(general, it, hr);
		assertThat(listed(itAgent)).containsExactly(it);
		assertThat(listed(hrAgent)).containsExactly(hr);
		assertThat(listed(everyone)).containsExactlyInAnyOrder(general, it);
		assertThat(listed(supervisor)).containsExactlyInAnyOrder(general, it);
		// filtering by a department one does not see finds nothing, not an error
		assertThat(itAgent.get("/api/v1/tickets?status=all&department=" + this.hrId).json().get("items")).isEmpty();

		assertThat(itAgent.get("/api/v1/tickets/" + it).status()).isEqualTo(200);
		assertNotFound(itAgent.get("/api/v1/tickets/" + general));
		assertThat(hrAgent.get("/api/v1/tickets/" + hr).status()).isEqualTo(200);
		for (ApiClient outsider : List.of(itAgent, everyone, supervisor)) {
			assertNotFound(outsider.get("/api/v1/tickets/" + hr));
			assertNotFound(outsider.get("/api/v1/tickets/" + hr + "/messages"));
			assertNotFound(outsider.get("/api/v1/tickets/" + hr + "/history"));
			assertNotFound(outsider.get("/api/v1/tickets/" + hr + "/articles"));
			assertNotFound(outsider.get("/api/v1/tickets/" + hr + "/similar"));
			assertNotFound(outsider.post("/api/v1/tickets/" + hr + "/messages", "{\"body\": \"peek\"}"));
			assertNotFound(outsider.patch("/api/v1/tickets/" + hr, "{\"priority\": \"low\"}", null));
			assertNotFound(outsider.post("/api/v1/tickets/" + hr + "/escalate", "{\"note\": \"up\"}"));
		}
		// a hidden ticket answers exactly like one that does not exist
		assertThat(itAgent.get("/api/v1/tickets/" + hr).json().get("detail").asString()).isEqualTo(
				itAgent.get("/api/v1/tickets/TD-999999").json().get("detail").asString().replace("TD-999999", hr));
		assertThat(this.admin.get("/api/v1/tickets/" + hr + "/messages").json()).hasSize(1);
	}

	@Test
	void shouldKeepConfidentialFilesAndSolutionsFromOtherAgents() {
		String hr = ticket(this.hrId, "Contract");
		Response withFile = this.admin.postMultipart("/api/v1/tickets/" + hr + "/messages",
				Map.of("body", "Signed contract", "internal", "true"), "contract.txt",
				"confidential".getBytes(StandardCharsets.UTF_8));
		assertThat(withFile.status()).as(withFile.body()).isEqualTo(201);
		long file = withFile.json().get("attachments").get(0).get("id").asLong();
		String word = "pay" + this.tag;
		Response resolved = this.admin.post("/api/v1/tickets/" + hr + "/resolve",
				"{\"solution\": \"Corrected the " + word + " slip\"}");
		assertThat(resolved.status()).as(resolved.body()).isEqualTo(200);
		ApiClient itAgent = agent("it", Set.of(this.itId), true);
		ApiClient hrAgent = agent("hr", Set.of(this.hrId), false);

		assertNotFound(itAgent.get("/api/v1/attachments/" + file));
		assertThat(hrAgent.get("/api/v1/attachments/" + file).status()).isEqualTo(200);
		assertThat(itAgent.get("/api/v1/solutions?q=" + word).json()).isEmpty();
		assertThat(hrAgent.get("/api/v1/solutions?q=" + word).json()).hasSize(1);
		assertThat(this.admin.get("/api/v1/solutions?q=" + word).json()).hasSize(1);
	}

	@Test
	void shouldKeepConfidentialTicketsOutOfSearchAndSimilarTickets() {
		String it = ticket(this.itId, "Printer jams");
		String hr = ticket(this.hrId, "Printer jams");
		String itSolved = ticket(this.itId, "Printer jams again");
		for (String number : List.of(hr, itSolved)) {
			Response resolved = this.admin.post("/api/v1/tickets/" + number + "/resolve",
					"{\"solution\": \"Cleaned the rollers of printer " + this.tag + "\"}");
			assertThat(resolved.status()).as(resolved.body()).isEqualTo(200);
		}
		ApiClient itAgent = agent("it", Set.of(this.itId), true);
		ApiClient hrAgent = agent("hr", Set.of(this.hrId), false);
		// wait until the index has all three, as the admin sees them
		await().atMost(Duration.ofSeconds(20))
			.untilAsserted(() -> assertThat(refs(this.admin.get("/api/v1/search?type=ticket,solution&q=" + this.tag)))
				.contains(it, hr, itSolved));
		await().atMost(Duration.ofSeconds(20))
			.untilAsserted(() -> assertThat(similar(this.admin, it)).contains(hr, itSolved));

		assertThat(refs(itAgent.get("/api/v1/search?type=ticket,solution&q=" + this.tag))).contains(it, itSolved)
			.doesNotContain(hr);
		assertThat(refs(hrAgent.get("/api/v1/search?type=ticket,solution&q=" + this.tag))).contains(hr)
			.doesNotContain(it, itSolved);
		assertThat(similar(itAgent, it)).contains(itSolved).doesNotContain(hr);
	}

	@Test
	void shouldRecordMovesIntoAndOutOfConfidentialDepartments() {
		String number = ticket(this.itId, "Complaint");
		ApiClient itAgent = agent("it", Set.of(this.itId), false);
		ApiClient hrAgent = agent("hr", Set.of(this.hrId), false);
		String itUser = "it-" + this.tag;
		Response assigned = itAgent.patch("/api/v1/tickets/" + number, "{\"assignee\": \"" + itUser + "\"}", null);
		assertThat(assigned.status()).as(assigned.body()).isEqualTo(200);

		// the IT agent hands it to HR: allowed, and from then on hidden from them
		Response moved = itAgent.patch("/api/v1/tickets/" + number, "{\"department\": \"" + this.hrId + "\"}", null);
		assertThat(moved.status()).as(moved.body()).isEqualTo(200);
		assertThat(moved.json().get("assignee").isNull()).as("an assignee who cannot see it is taken off").isTrue();
		assertNotFound(itAgent.get("/api/v1/tickets/" + number));
		assertThat(listed(itAgent)).doesNotContain(number);
		assertThat(listed(hrAgent)).contains(number);

		Response refused = this.admin.patch("/api/v1/tickets/" + number, "{\"assignee\": \"" + itUser + "\"}", null);
		assertThat(refused.status()).isEqualTo(400);
		assertThat(refused.json().get("errors").get(0).get("field").asString()).isEqualTo("assignee");

		Response back = hrAgent.patch("/api/v1/tickets/" + number, "{\"department\": \"" + this.itId + "\"}", null);
		assertThat(back.status()).as(back.body()).isEqualTo(200);
		List<JsonNode> moves = this.admin.get("/api/v1/tickets/" + number + "/history")
			.json()
			.valueStream()
			.filter((h) -> h.get("action").asString().equals("department_changed"))
			.toList();
		assertThat(moves).hasSize(2);
		assertThat(moves.get(0).get("actor").asString()).isEqualTo("Agent it");
		assertThat(moves.get(0).get("oldValue").asString()).isEqualTo("IT " + this.tag);
		assertThat(moves.get(0).get("newValue").asString()).isEqualTo("HR " + this.tag);
		assertThat(moves.get(0).get("note").asString()).isEqualTo("confidential");
		assertThat(moves.get(1).get("actor").asString()).isEqualTo("Agent hr");
		assertThat(moves.get(1).get("newValue").asString()).isEqualTo("IT " + this.tag);
		assertThat(moves.get(1).get("note").asString()).isEqualTo("confidential");
		assertThat(itAgent.get("/api/v1/tickets/" + number).status()).isEqualTo(200);
	}

	@Test
	void shouldLetAdminsManageConfidentialDepartmentsAndGrants() {
		Response changed = this.admin.send("PUT", "/api/v1/admin/departments/" + this.itId,
				"{\"name\": \"IT " + this.tag + "\", \"senderAddress\": \"it-" + this.tag + "@example.com\"}", null);
		assertThat(changed.status()).as(changed.body()).isEqualTo(200);
		assertThat(changed.json().get("confidential").asBoolean()).isFalse();
		assertThat(changed.json().get("senderAddress").asString()).isEqualTo("it-" + this.tag + "@example.com");
		Response bad = this.admin.send("PUT", "/api/v1/admin/departments/" + this.itId,
				"{\"name\": \"IT " + this.tag + "\", \"senderAddress\": \"not an address\"}", null);
		assertThat(bad.status()).isEqualTo(400);
		assertThat(bad.contentType()).startsWith("application/problem+json");
		assertThat(bad.json().get("errors").get(0).get("field").asString()).isEqualTo("senderAddress");

		Response agent = this.admin.post("/api/v1/admin/agents", """
				{"username": "grant-%s", "email": "grant-%s@example.com", "displayName": "Grant",
				 "password": "password-123", "role": "agent", "departmentIds": [%d], "allDepartments": true}
				""".formatted(this.tag, this.tag, this.itId));
		assertThat(agent.status()).as(agent.body()).isEqualTo(201);
		assertThat(agent.json().get("allDepartments").asBoolean()).isTrue();

		// switching a department off keeps it confidential
		assertThat(this.desk.updateDepartment(this.hrId, "HR " + this.tag, false).confidential()).isTrue();
		assertThat(this.desk.department(this.hrId).orElseThrow().active()).isFalse();

		ApiClient itAgent = agent("it", Set.of(this.itId), false);
		assertThat(itAgent.get("/api/v1/admin/departments").status()).isEqualTo(403);
	}

	static List<String> refs(Response response) {
		assertThat(response.status()).as(response.body()).isEqualTo(200);
		return response.json().get("items").valueStream().map((n) -> n.get("ref").asString()).toList();
	}

	static List<String> similar(ApiClient client, String number) {
		Response response = client.get("/api/v1/tickets/" + number + "/similar?limit=50");
		assertThat(response.status()).as(response.body()).isEqualTo(200);
		return response.json().get("items").valueStream().map((n) -> n.get("number").asString()).toList();
	}

}
