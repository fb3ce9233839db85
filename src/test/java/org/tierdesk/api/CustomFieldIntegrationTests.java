package org.tierdesk.api;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.tierdesk.identity.IdentityManagement;
import org.tierdesk.support.ApiClient;
import org.tierdesk.support.ApiClient.Response;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Custom fields end to end over HTTP on each supported database (see the subclasses):
 * definitions, typed values stored and read, validation that saves nothing on error,
 * filtering and sorting by a field, and definitions that change or go away.
 */
abstract class CustomFieldIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	IdentityManagement identity;

	ApiClient api;

	/** Unique per test: keys are never reused, and the database is shared. */
	String run;

	final List<Long> defined = new ArrayList<>();

	final List<String> requestTypes = new ArrayList<>();

	@BeforeEach
	void signIn() {
		long adminId = this.identity.userNamed("admin").orElseThrow().id();
		this.api = ApiClient.bearer(this.port, this.identity.createApiToken(adminId, "fields").secret());
		this.run = UUID.randomUUID().toString().replace("-", "").substring(0, 8);
	}

	@AfterEach
	void archiveFields() {
		// other tests share this database: leave no required field or request type behind
		for (String type : this.requestTypes) {
			this.api.send("PUT", "/api/v1/request-types/" + type, "{\"names\": {\"en\": \"Old\"}, \"active\": false}",
					null);
		}
		for (long id : this.defined) {
			this.api.send("DELETE", "/api/v1/fields/" + id, null, null);
		}
	}

	String key(String name) {
		return name + "_" + this.run;
	}

	JsonNode define(String json) {
		Response created = this.api.post("/api/v1/fields", json);
		assertThat(created.status()).as(created.body()).isEqualTo(201);
		this.defined.add(created.json().get("id").asLong());
		return created.json();
	}

	String createTicket(String fieldsJson) {
		Response created = this.api.post("/api/v1/tickets", """
				{"subject": "Laptop request", "description": "Need a new one", "channel": "phone",
				 "requester": {"email": "kim@example.com", "name": "Kim"}, "fields": %s}
				""".formatted(fieldsJson));
		assertThat(created.status()).as(created.body()).isEqualTo(201);
		return created.json().get("number").asString();
	}

	void defineTheUsualFields() {
		define("""
				{"key": "%s", "type": "text", "labels": {"en": "Asset tag", "nl": "Inventarisnummer"},
				 "rules": {"maxLength": 12, "pattern": "[A-Z]{2}-\\\\d+"}}""".formatted(key("asset")));
		define("""
				{"key": "%s", "type": "number", "labels": {"en": "Monitors"}, "rules": {"min": 0, "max": 4}}"""
			.formatted(key("monitors")));
		define("""
				{"key": "%s", "type": "decimal", "labels": {"en": "Budget"}}""".formatted(key("budget")));
		define("""
				{"key": "%s", "type": "date", "labels": {"en": "Start date"}}""".formatted(key("start")));
		define("""
				{"key": "%s", "type": "date-time", "labels": {"en": "Visit"}}""".formatted(key("visit")));
		define("""
				{"key": "%s", "type": "checkbox", "labels": {"en": "Urgent"}}""".formatted(key("urgent")));
		define("""
				{"key": "%s", "type": "choice", "labels": {"en": "Model"}, "defaultValue": "basic",
				 "options": [{"key": "basic", "labels": {"en": "Basic"}}, {"key": "pro", "labels": {"en": "Pro", "fi": "Ammattilainen"}}]}"""
			.formatted(key("model")));
		define("""
				{"key": "%s", "type": "multi-choice", "labels": {"en": "Extras"},
				 "options": [{"key": "dock", "labels": {"en": "Dock"}}, {"key": "bag", "labels": {"en": "Bag"}},
				             {"key": "mouse", "labels": {"en": "Mouse"}}]}""".formatted(key("extras")));
		define("""
				{"key": "%s", "type": "agent", "labels": {"en": "Technician"}}""".formatted(key("tech")));
		define("""
				{"key": "%s", "type": "long-text", "labels": {"en": "Notes"}}""".formatted(key("notes")));
	}

	@Test
	void shouldStoreAndReadTypedValues() {
		defineTheUsualFields();
		String number = createTicket("""
				{"%s": "AB-123", "%s": 2, "%s": "1234.56", "%s": "2026-12-01", "%s": "2026-12-01T09:30:00Z",
				 "%s": true, "%s": ["dock", "mouse"], "%s": "admin", "%s": "Line one\\nLine two"}""".formatted(
				key("asset"), key("monitors"), key("budget"), key("start"), key("visit"), key("urgent"), key("extras"),
				key("tech"), key("notes")));

		JsonNode fields = this.api.get("/api/v1/tickets/" + number).json().get("fields");
		assertThat(fields.get(key("asset")).asString()).isEqualTo("AB-123");
		assertThat(fields.get(key("monitors")).asInt()).isEqualTo(2);
		assertThat(fields.get(key("budget")).decimalValue()).isEqualByComparingTo("1234.56");
		assertThat(fields.get(key("start")).asString()).isEqualTo("2026-12-01");
		assertThat(fields.get(key("visit")).asString()).isEqualTo("2026-12-01T09:30:00Z");
		assertThat(fields.get(key("urgent")).asBoolean()).isTrue();
		// the default applies to a field left out
		assertThat(fields.get(key("model")).asString()).isEqualTo("basic");
		assertThat(fields.get(key("extras")).valueStream().map(JsonNode::asString)).containsExactly("dock", "mouse");
		assertThat(fields.get(key("tech")).asString()).isEqualTo("admin");
		assertThat(fields.get(key("notes")).asString()).isEqualTo("Line one\nLine two");

		Response changed = this.api.patch("/api/v1/tickets/" + number,
				"{\"fields\": {\"%s\": \"pro\", \"%s\": null, \"%s\": [\"bag\"]}}".formatted(key("model"),
						key("monitors"), key("extras")),
				null);
		assertThat(changed.status()).as(changed.body()).isEqualTo(200);
		assertThat(changed.json().get("fields").get(key("model")).asString()).isEqualTo("pro");
		assertThat(changed.json().get("fields").get(key("monitors")).isNull()).isTrue();
		assertThat(changed.json().get("fields").get(key("extras")).valueStream().map(JsonNode::asString))
			.containsExactly("bag");

		JsonNode history = this.api.get("/api/v1/tickets/" + number + "/history").json();
		List<String> fieldChanges = history.valueStream()
			.filter((h) -> h.get("action").asString().equals("field_changed"))
			.map((h) -> h.get("note").asString() + ": " + h.get("oldValue").asString("") + " -> "
					+ h.get("newValue").asString(""))
			.toList();
		assertThat(fieldChanges).containsExactlyInAnyOrder(key("model") + ": basic -> pro", key("monitors") + ": 2 -> ",
				key("extras") + ": dock,mouse -> bag");
	}

	@Test
	void shouldRefuseBadValuesNamingFieldAndRuleAndSaveNothing() {
		defineTheUsualFields();
		String number = createTicket("{\"%s\": 1}".formatted(key("monitors")));
		JsonNode before = this.api.get("/api/v1/tickets/" + number).json();

		assertRefused(number, "\"%s\": 9".formatted(key("monitors")), "fields." + key("monitors"), "max", "at most 4");
		assertRefused(number, "\"%s\": \"two\"".formatted(key("monitors")), "fields." + key("monitors"), "type.number",
				"whole number");
		assertRefused(number, "\"%s\": 1.5".formatted(key("monitors")), "fields." + key("monitors"), "type.number",
				"whole number");
		assertRefused(number, "\"%s\": \"AB-1234567890\"".formatted(key("asset")), "fields." + key("asset"),
				"maxLength", "at most 12 characters");
		assertRefused(number, "\"%s\": \"ab-1\"".formatted(key("asset")), "fields." + key("asset"), "pattern",
				"Asset tag");
		assertRefused(number, "\"%s\": \"platinum\"".formatted(key("model")), "fields." + key("model"), "option",
				"platinum");
		assertRefused(number, "\"%s\": [\"dock\", \"sofa\"]".formatted(key("extras")), "fields." + key("extras"),
				"option", "sofa");
		assertRefused(number, "\"%s\": \"2026-13-45\"".formatted(key("start")), "fields." + key("start"), "type.date",
				"date");
		assertRefused(number, "\"%s\": \"nobody-here\"".formatted(key("tech")), "fields." + key("tech"), "agent",
				"nobody-here");
		assertRefused(number, "\"no_such_field\": 1", "fields.no_such_field", "unknown", "no_such_field");
		String thousand = IntStream.range(0, 1000)
			.mapToObj((i) -> "\"f" + i + "\": " + i)
			.collect(Collectors.joining(", "));
		assertRefused(number, thousand, "fields.*", "tooMany", "200");

		JsonNode after = this.api.get("/api/v1/tickets/" + number).json();
		assertThat(after.get("priority").asString()).isEqualTo(before.get("priority").asString());
		assertThat(after.get("version").asLong()).isEqualTo(before.get("version").asLong());
		assertThat(after.get("fields")).isEqualTo(before.get("fields"));

		// a ticket with a bad value is not created at all
		Response refused = this.api.post("/api/v1/tickets", """
				{"subject": "Half", "description": "Should not exist", "channel": "phone",
				 "requester": {"email": "half-%s@example.com"}, "fields": {"%s": -1}}""".formatted(this.run,
				key("monitors")));
		assertThat(refused.status()).isEqualTo(400);
		assertThat(this.api.get("/api/v1/tickets?status=all&requester=half-" + this.run + "@example.com")
			.json()
			.get("items")).isEmpty();
	}

	void assertRefused(String number, String fields, String field, String rule, String text) {
		Response refused = this.api.patch("/api/v1/tickets/" + number,
				"{\"priority\": \"urgent\", \"fields\": {" + fields + "}}", null);
		assertThat(refused.status()).as(refused.body()).isEqualTo(400);
		assertThat(refused.contentType()).startsWith("application/problem+json");
		JsonNode error = refused.json().get("errors").get(0);
		assertThat(error.get("field").asString()).isEqualTo(field);
		assertThat(error.get("rule").asString()).isEqualTo(rule);
		assertThat(refused.json().get("detail").asString()).contains(text);
	}

	@Test
	void shouldRequireRequiredFieldsOfTheEditor() {
		define("""
				{"key": "%s", "type": "text", "labels": {"en": "Cost centre"}, "required": true}"""
			.formatted(key("cost")));
		Response refused = this.api.post("/api/v1/tickets", """
				{"subject": "No cost centre", "description": "x", "channel": "phone",
				 "requester": {"email": "kim@example.com"}}""");
		assertThat(refused.status()).isEqualTo(400);
		assertThat(refused.json().get("errors").get(0).get("rule").asString()).isEqualTo("required");
		assertThat(refused.json().get("detail").asString()).isEqualTo("Cost centre (" + key("cost") + ") is required.");
		String number = createTicket("{\"%s\": \"CC-7\"}".formatted(key("cost")));
		Response cleared = this.api.patch("/api/v1/tickets/" + number,
				"{\"fields\": {\"%s\": \"  \"}}".formatted(key("cost")), null);
		assertThat(cleared.status()).isEqualTo(400);
		assertThat(cleared.json().get("errors").get(0).get("rule").asString()).isEqualTo("required");
	}

	@Test
	void shouldFilterAndSortByField() {
		defineTheUsualFields();
		String tag = "ZZ-" + Math.abs(this.run.hashCode() % 100000);
		String a = createTicket(fields(tag, 3, "2026-01-10", "pro", "[\"dock\"]", true));
		String b = createTicket(fields(tag, 1, "2026-03-05", "basic", "[\"bag\", \"dock\"]", false));
		String c = createTicket(fields(tag, 2, "2026-02-20", "pro", "[]", false));
		String d = createTicket("{\"%s\": \"%s\"}".formatted(key("asset"), tag));
		String other = createTicket(fields("YY-1", 0, "2026-01-01", "pro", "[\"dock\"]", true));

		String base = "/api/v1/tickets?status=all&size=100&field." + key("asset") + "=" + tag;
		assertThat(numbers(base + "&sort=field." + key("monitors"))).containsExactly(b, c, a, d);
		assertThat(numbers(base + "&sort=-field." + key("monitors"))).containsExactly(a, c, b, d);
		assertThat(numbers(base + "&sort=field." + key("start"))).containsExactly(a, c, b, d);
		assertThat(numbers(base + "&field." + key("model") + "=pro&sort=field." + key("monitors"))).containsExactly(c,
				a);
		assertThat(numbers(base + "&field." + key("monitors") + "=2..&sort=field." + key("monitors")))
			.containsExactly(c, a);
		assertThat(numbers(base + "&field." + key("start") + "=2026-02-01..2026-03-31&sort=field." + key("start")))
			.containsExactly(c, b);
		assertThat(numbers(base + "&field." + key("extras") + "=dock&sort=field." + key("monitors"))).containsExactly(b,
				a);
		assertThat(numbers(base + "&field." + key("urgent") + "=true")).containsExactly(a);
		assertThat(numbers(base + "&field." + key("urgent") + "=false")).containsExactly(b, c, d);
		assertThat(numbers(base)).doesNotContain(other);

		Response badSort = this.api.get(base + "&sort=field." + key("extras"));
		assertThat(badSort.status()).isEqualTo(400);
		assertThat(badSort.json().get("errors").get(0).get("rule").asString()).isEqualTo("notSortable");
		Response badFilter = this.api.get(base + "&field." + key("monitors") + "=lots");
		assertThat(badFilter.status()).isEqualTo(400);
		Response unknown = this.api.get("/api/v1/tickets?field.nothing_" + this.run + "=1");
		assertThat(unknown.status()).isEqualTo(400);
		assertThat(unknown.json().get("errors").get(0).get("rule").asString()).isEqualTo("unknown");
	}

	String fields(String tag, int monitors, String start, String model, String extras, boolean urgent) {
		return "{\"%s\": \"%s\", \"%s\": %d, \"%s\": \"%s\", \"%s\": \"%s\", \"%s\": %s, \"%s\": %s}".formatted(
				key("asset"), tag, key("monitors"), monitors, key("start"), start, key("model"), model, key("extras"),
				extras, key("urgent"), urgent);
	}

	List<String> numbers(String path) {
		Response response = this.api.get(path);
		assertThat(response.status()).as(response.body()).isEqualTo(200);
		return response.json().get("items").valueStream().map((t) -> t.get("number").asString()).toList();
	}

	@Test
	void shouldKeepValuesReadableWhenDefinitionsChangeOrGo() {
		JsonNode model = define("""
				{"key": "%s", "type": "choice", "labels": {"en": "Model"},
				 "options": [{"key": "basic", "labels": {"en": "Basic"}}, {"key": "pro", "labels": {"en": "Pro"}}]}"""
			.formatted(key("model")));
		JsonNode seats = define("""
				{"key": "%s", "type": "number", "labels": {"en": "Seats"}}""".formatted(key("seats")));
		String number = createTicket("{\"%s\": \"pro\", \"%s\": 50}".formatted(key("model"), key("seats")));

		// the option "pro" is removed and a stricter maximum set: stored values stay as
		// they are
		Response changed = this.api.send("PUT", "/api/v1/fields/" + model.get("id").asLong(), """
				{"labels": {"en": "Laptop model"}, "options": [{"key": "basic", "labels": {"en": "Basic"}}]}""", null);
		assertThat(changed.status()).as(changed.body()).isEqualTo(200);
		assertThat(changed.json().get("options").get(1).get("key").asString()).isEqualTo("pro");
		assertThat(changed.json().get("options").get(1).get("archived").asBoolean()).isTrue();
		Response stricter = this.api.send("PUT", "/api/v1/fields/" + seats.get("id").asLong(), """
				{"labels": {"en": "Seats"}, "rules": {"max": 10}}""", null);
		assertThat(stricter.status()).isEqualTo(200);
		JsonNode fields = this.api.get("/api/v1/tickets/" + number).json().get("fields");
		assertThat(fields.get(key("model")).asString()).isEqualTo("pro");
		assertThat(fields.get(key("seats")).asInt()).isEqualTo(50);
		// sending the unchanged value back is fine; choosing the removed option anew is
		// not
		assertThat(this.api
			.patch("/api/v1/tickets/" + number, "{\"fields\": {\"%s\": \"pro\"}}".formatted(key("model")), null)
			.status()).isEqualTo(200);
		String other = createTicket("{}");
		Response removedOption = this.api.patch("/api/v1/tickets/" + other,
				"{\"fields\": {\"%s\": \"pro\"}}".formatted(key("model")), null);
		assertThat(removedOption.status()).isEqualTo(400);

		// key and type never change
		Response rekey = this.api.send("PUT", "/api/v1/fields/" + seats.get("id").asLong(),
				"{\"key\": \"other\", \"labels\": {\"en\": \"Seats\"}}", null);
		assertThat(rekey.status()).isEqualTo(400);

		// deleting archives: the ticket no longer shows it, a form that still sends it is
		// told so
		assertThat(this.api.send("DELETE", "/api/v1/fields/" + seats.get("id").asLong(), null, null).status())
			.isEqualTo(200);
		assertThat(this.api.get("/api/v1/tickets/" + number).json().get("fields").has(key("seats"))).isFalse();
		Response gone = this.api.patch("/api/v1/tickets/" + number, "{\"fields\": {\"%s\": 3}}".formatted(key("seats")),
				null);
		assertThat(gone.status()).isEqualTo(400);
		assertThat(gone.json().get("errors").get(0).get("rule").asString()).isEqualTo("archived");
		Response again = this.api.post("/api/v1/fields", """
				{"key": "%s", "type": "text", "labels": {"en": "Seats again"}}""".formatted(key("seats")));
		assertThat(again.status()).isEqualTo(409);
		Response listed = this.api.get("/api/v1/fields?archived=true");
		assertThat(listed.json().valueStream().filter((f) -> f.get("key").asString().equals(key("seats"))))
			.singleElement()
			.satisfies((f) -> assertThat(f.get("archived").asBoolean()).isTrue());
	}

	@Test
	void shouldRefuseBadDefinitions() {
		assertBadDefinition("{\"key\": \"Bad Key\", \"type\": \"text\", \"labels\": {\"en\": \"x\"}}", "key");
		assertBadDefinition("{\"key\": \"%s\", \"type\": \"colour\", \"labels\": {\"en\": \"x\"}}".formatted(key("a")),
				"type");
		assertBadDefinition("{\"key\": \"%s\", \"type\": \"text\", \"labels\": {\"nl\": \"x\"}}".formatted(key("b")),
				"labels.en");
		assertBadDefinition("{\"key\": \"%s\", \"type\": \"choice\", \"labels\": {\"en\": \"x\"}}".formatted(key("c")),
				"options");
		assertBadDefinition(
				"{\"key\": \"%s\", \"type\": \"text\", \"labels\": {\"en\": \"x\"}, \"rules\": {\"pattern\": \"[a-\"}}"
					.formatted(key("d")),
				"rules.pattern");
		assertBadDefinition(
				"{\"key\": \"%s\", \"type\": \"number\", \"labels\": {\"en\": \"x\"}, \"rules\": {\"min\": 5, \"max\": 1}}"
					.formatted(key("e")),
				"rules.max");
		assertBadDefinition(
				"{\"key\": \"%s\", \"type\": \"number\", \"labels\": {\"en\": \"x\"}, \"defaultValue\": \"many\"}"
					.formatted(key("f")),
				"defaultValue");
		assertBadDefinition(
				"{\"key\": \"%s\", \"type\": \"text\", \"labels\": {\"en\": \"x\"}, \"visibleTo\": \"admin\", \"editableBy\": \"customer\"}"
					.formatted(key("g")),
				"editableBy");
		assertThat(ApiClient.anonymous(this.port).get("/api/v1/fields").status()).isEqualTo(401);
	}

	void assertBadDefinition(String json, String field) {
		Response refused = this.api.post("/api/v1/fields", json);
		assertThat(refused.status()).as(refused.body()).isEqualTo(400);
		assertThat(refused.json().get("errors").get(0).get("field").asString()).isEqualTo(field);
	}

	@Test
	void shouldDefineRequestTypesWithConditionalQuestions() {
		define("""
				{"key": "%s", "type": "choice", "labels": {"en": "Device"}, "visibleTo": "customer",
				 "editableBy": "customer", "options": [{"key": "laptop", "labels": {"en": "Laptop"}},
				 {"key": "phone", "labels": {"en": "Phone"}}]}""".formatted(key("device")));
		define("""
				{"key": "%s", "type": "text", "labels": {"en": "Model"}, "visibleTo": "customer",
				 "editableBy": "customer"}""".formatted(key("model")));
		define("""
				{"key": "%s", "type": "text", "labels": {"en": "Internal"}}""".formatted(key("internal")));
		String type = "hardware-" + this.run;
		Response created = this.api.post("/api/v1/request-types", """
				{"key": "%s", "department": "General", "names": {"en": "New hardware", "nl": "Nieuwe hardware"},
				 "priority": "high", "tier": 1,
				 "fields": [{"field": "%s", "required": true},
				            {"field": "%s", "required": true, "showWhen": {"field": "%s", "values": ["laptop"]}}]}"""
			.formatted(type, key("device"), key("model"), key("device")));
		assertThat(created.status()).as(created.body()).isEqualTo(201);
		this.requestTypes.add(type);
		JsonNode read = this.api.get("/api/v1/request-types/" + type).json();
		assertThat(read.get("names").get("nl").asString()).isEqualTo("Nieuwe hardware");
		assertThat(read.get("priority").asString()).isEqualTo("high");
		assertThat(read.get("fields").get(1).get("showWhen").get("values").get(0).asString()).isEqualTo("laptop");

		Response wrongOrder = this.api.send("PUT", "/api/v1/request-types/" + type, """
				{"names": {"en": "New hardware"},
				 "fields": [{"field": "%s", "showWhen": {"field": "%s", "values": ["laptop"]}}, {"field": "%s"}]}"""
			.formatted(key("model"), key("device"), key("device")), null);
		assertThat(wrongOrder.status()).isEqualTo(400);
		assertThat(wrongOrder.json().get("detail").asString()).contains("asked before");
		Response agentOnly = this.api.send("PUT", "/api/v1/request-types/" + type,
				"{\"names\": {\"en\": \"x\"}, \"fields\": [{\"field\": \"%s\"}]}".formatted(key("internal")), null);
		assertThat(agentOnly.status()).isEqualTo(400);
		Response badOption = this.api.send("PUT", "/api/v1/request-types/" + type, """
				{"names": {"en": "x"}, "fields": [{"field": "%s"},
				 {"field": "%s", "showWhen": {"field": "%s", "values": ["tablet"]}}]}""".formatted(key("device"),
				key("model"), key("device")), null);
		assertThat(badOption.status()).isEqualTo(400);
		Response twice = this.api.post("/api/v1/request-types",
				"{\"key\": \"%s\", \"names\": {\"en\": \"x\"}}".formatted(type));
		assertThat(twice.status()).isEqualTo(409);
		assertThat(ApiClient.anonymous(this.port).get("/api/v1/request-types").status()).isEqualTo(401);
	}

	@Test
	void shouldHideAdminOnlyFieldsFromAgents() {
		define("""
				{"key": "%s", "type": "text", "labels": {"en": "Margin"}, "visibleTo": "admin", "editableBy": "admin"}"""
			.formatted(key("margin")));
		String number = createTicket("{\"%s\": \"12%%\"}".formatted(key("margin")));
		assertThat(this.api.get("/api/v1/tickets/" + number).json().get("fields").get(key("margin")).asString())
			.isEqualTo("12%");
		String agent = "agent-" + this.run;
		this.identity.createAgent(new org.tierdesk.identity.SaveAgentCommand(agent, agent + "@example.com", "Agent",
				"password-123", org.tierdesk.identity.Role.AGENT, true, java.util.Set.of(), java.util.Set.of()));
		ApiClient asAgent = ApiClient.basic(this.port, agent, "password-123");
		assertThat(asAgent.get("/api/v1/tickets/" + number).json().get("fields").has(key("margin"))).isFalse();
		assertThat(asAgent.get("/api/v1/tickets?status=all&field." + key("margin") + "=12%25").status()).isEqualTo(400);
		assertThat(asAgent.get("/api/v1/tickets?status=all&sort=field." + key("margin")).status()).isEqualTo(400);
		Response change = asAgent.patch("/api/v1/tickets/" + number,
				"{\"fields\": {\"%s\": \"50%%\"}}".formatted(key("margin")), null);
		assertThat(change.status()).isEqualTo(400);
		assertThat(change.json().get("errors").get(0).get("rule").asString()).isEqualTo("notEditable");
		assertThat(asAgent.get("/api/v1/fields").status()).isEqualTo(403);
	}

}
