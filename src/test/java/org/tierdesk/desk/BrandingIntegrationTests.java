package org.tierdesk.desk;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.tierdesk.identity.IdentityManagement;
import org.tierdesk.identity.Role;
import org.tierdesk.identity.SaveAgentCommand;
import org.tierdesk.support.ApiClient;
import org.tierdesk.support.ApiClient.Response;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Branding and admins' own texts end to end over HTTP on each supported database (see the
 * subclasses): stored, shown at once on the portal, the sign-in page and in mail, bad
 * input refused with nothing saved, admin only.
 */
abstract class BrandingIntegrationTests {

	/** The smallest PNG: one transparent pixel. */
	static final byte[] PNG = Base64.getDecoder()
		.decode("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==");

	@LocalServerPort
	int port;

	@Autowired
	IdentityManagement identity;

	@Autowired
	DeskManagement desk;

	@Autowired
	BrandingManagement branding;

	@Autowired
	TextManagement texts;

	@Autowired
	MessageSource messages;

	@Autowired
	JdbcTemplate jdbc;

	ApiClient api;

	String run;

	final HttpClient http = HttpClient.newHttpClient();

	@BeforeEach
	void signIn() {
		long adminId = this.identity.userNamed("admin").orElseThrow().id();
		this.api = ApiClient.bearer(this.port, this.identity.createApiToken(adminId, "branding").secret());
		this.run = UUID.randomUUID().toString().replace("-", "").substring(0, 8);
	}

	@AfterEach
	void restore() {
		// other tests share this database and application: leave Tierdesk's own look
		this.branding.save(new SaveBrandingCommand(null, null, null, Map.of(), null, Map.of()), null, "test");
		this.branding.removeLogo("test");
		for (String language : List.of("en", "nl", "it")) {
			this.texts.reset("portal.home.heading", language);
			this.texts.reset("portal.home.welcomeBack", language);
		}
	}

	@Test
	void shouldShowSavedBrandingOnThePortalAndTheSignInPageAtOnce() {
		Response saved = this.api.send("PUT", "/api/v1/admin/branding", """
				{"productName": "Acme Help %s", "primaryColor": "#8B1A1A", "sidebarColor": "#102030",
				 "welcomeTexts": {"nl": "Welkom bij Acme, %s", "en": "Welcome to Acme"},
				 "defaultSignature": "The Acme desk"}
				""".formatted(this.run, this.run), null);
		assertThat(saved.status()).as(saved.body()).isEqualTo(200);
		assertThat(saved.json().get("primaryColor").asString()).isEqualTo("#8b1a1a");
		assertThat(saved.header("ETag")).isEqualTo("\"" + saved.json().get("revision").asLong() + "\"");

		String portal = page("/portal", "nl");
		assertThat(portal).contains("Acme Help " + this.run)
			.contains("Welkom bij Acme, " + this.run)
			.contains("--primary: #8b1a1a")
			.contains("--sidebar: #102030");
		assertThat(page("/portal", "en")).contains("Welcome to Acme").doesNotContain("Welkom bij Acme");
		// a language without its own welcome text shows the standard one
		assertThat(page("/portal", "fi")).doesNotContain("Welcome to Acme").contains("Kerro");
		assertThat(page("/login", "en")).contains("Acme Help " + this.run);
	}

	@Test
	void shouldEscapeMarkupInEveryBrandingText() {
		Response saved = this.api.send("PUT", "/api/v1/admin/branding", """
				{"productName": "<script>alert(1)</script>", "welcomeTexts": {"en": "<img src=x onerror=alert(2)>"}}
				""", null);
		assertThat(saved.status()).as(saved.body()).isEqualTo(200);
		String portal = page("/portal", "en");
		assertThat(portal).doesNotContain("<script>alert(1)")
			.doesNotContain("<img src=x")
			.contains("&lt;script&gt;alert(1)&lt;/script&gt;")
			.contains("&lt;img src=x onerror=alert(2)&gt;");
	}

	@Test
	void shouldRefuseBadBrandingAndSaveNothing() {
		long revision = this.branding.branding().revision();
		assertProblem(this.api.send("PUT", "/api/v1/admin/branding", "{\"primaryColor\": \"red\"}", null), 400,
				"primaryColor");
		assertProblem(this.api.send("PUT", "/api/v1/admin/branding", "{\"primaryColor\": \"#ffff00\"}", null), 400,
				"primaryColor");
		assertProblem(
				this.api.send("PUT", "/api/v1/admin/branding",
						"{\"productName\": \"ok\", \"welcomeTexts\": {\"de\": \"Willkommen\"}}", null),
				400, "welcomeTexts");
		assertProblem(this.api.send("PUT", "/api/v1/admin/branding",
				"{\"productName\": \"%s\"}".formatted("x".repeat(101)), null), 400, "productName");
		assertProblem(
				this.api.send("PUT", "/api/v1/admin/branding",
						"{\"productName\": \"ok\", \"signatures\": {\"999999999\": \"Nobody\"}}", null),
				400, "signatures");
		assertProblem(this.api.send("PUT", "/api/v1/admin/branding", "{\"productName\": \"ok\"}",
				"\"" + (revision + 5) + "\""), 409, null);
		assertThat(this.branding.branding().revision()).isEqualTo(revision);
		assertThat(this.branding.branding().productName()).isNull();
		// the preview checks and shows without saving
		Response preview = this.api.post("/api/v1/admin/branding/preview", "{\"productName\": \"Preview only\"}");
		assertThat(preview.status()).isEqualTo(200);
		assertThat(preview.json().get("productName").asString()).isEqualTo("Preview only");
		assertThat(this.branding.branding().productName()).isNull();
	}

	@Test
	void shouldTakeAPngLogoAndRefuseSvgAndOversizedFiles() throws Exception {
		Response refused = putLogo("logo.svg",
				"<svg xmlns=\"http://www.w3.org/2000/svg\"><script>alert(1)</script></svg>".getBytes());
		assertProblem(refused, 400, "logo");
		byte[] big = new byte[LogoImage.MAX_BYTES + 1];
		System.arraycopy(PNG, 0, big, 0, PNG.length);
		assertProblem(putLogo("big.png", big), 400, "logo");
		assertThat(anonymous("/brand/logo").statusCode()).isEqualTo(404);

		Response saved = putLogo("logo.png", PNG);
		assertThat(saved.status()).as(saved.body()).isEqualTo(200);
		String url = saved.json().get("logoUrl").asString();
		HttpResponse<byte[]> logo = anonymous(url);
		assertThat(logo.statusCode()).isEqualTo(200);
		assertThat(logo.headers().firstValue("Content-Type")).hasValue("image/png");
		assertThat(logo.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
		assertThat(logo.body()).isEqualTo(PNG);
		assertThat(page("/portal", "en")).contains(url);

		assertThat(this.api.send("DELETE", "/api/v1/admin/branding/logo", null, null).status()).isEqualTo(200);
		assertThat(anonymous("/brand/logo").statusCode()).isEqualTo(404);
	}

	@Test
	void shouldAddTheDepartmentsSignatureToMail() {
		DepartmentView department = this.desk.addDepartment("Sig " + this.run);
		this.branding.save(new SaveBrandingCommand(null, null, null, Map.of(), "Desk signature " + this.run,
				Map.of(department.id(), "Team " + this.run + "\nCall 555")), null, "test");
		Response created = this.api.post("/api/v1/tickets", """
				{"subject": "Signature please", "description": "Hello", "channel": "phone", "department": "%s",
				 "requester": {"email": "sig-%s@example.com", "name": "Sig"}}
				""".formatted(department.name(), this.run));
		assertThat(created.status()).as(created.body()).isEqualTo(201);
		String number = created.json().get("number").asString();
		await().atMost(Duration.ofSeconds(20))
			.untilAsserted(() -> assertThat(this.jdbc
				.queryForList("select body_text from outbound_mail where ticket_number = ?", String.class, number))
				.singleElement()
				.asString()
				.endsWith("\n-- \nTeam " + this.run + "\nCall 555\n")
				.doesNotContain("Desk signature"));
	}

	@Test
	void shouldLetOnlyAdminsChangeBranding() {
		String agent = "brandy-" + this.run;
		this.identity.createAgent(new SaveAgentCommand(agent, agent + "@example.com", "Brandy", "password-123",
				Role.AGENT, true, Set.of(this.desk.tierAtLevel(1).orElseThrow().id()), Set.of()));
		long agentId = this.identity.userNamed(agent).orElseThrow().id();
		ApiClient asAgent = ApiClient.bearer(this.port, this.identity.createApiToken(agentId, "x").secret());
		assertThat(asAgent.get("/api/v1/admin/branding").status()).isEqualTo(403);
		assertThat(asAgent.send("PUT", "/api/v1/admin/texts/en/nav.queue", "{\"text\": \"x\"}", null).status())
			.isEqualTo(403);
		assertThat(ApiClient.anonymous(this.port).get("/api/v1/admin/branding").status()).isEqualTo(401);
	}

	@Test
	void shouldShowAnAdminsOwnTextAtOnceInItsLanguageOnly() {
		Response saved = this.api.send("PUT", "/api/v1/admin/texts/nl/portal.home.heading",
				"{\"text\": \"Wat kan de servicebalie %s voor u doen?\"}".formatted(this.run), null);
		assertThat(saved.status()).as(saved.body()).isEqualTo(200);
		assertThat(page("/portal", "nl")).contains("Wat kan de servicebalie " + this.run + " voor u doen?");
		assertThat(page("/portal", "en")).contains("How can we help?");

		Response found = this.api.get("/api/v1/admin/texts?language=nl&overridden=true&q=servicebalie%20" + this.run);
		assertThat(found.json()).hasSize(1);
		assertThat(found.json().get(0).get("key").asString()).isEqualTo("portal.home.heading");
		assertThat(this.api.get("/api/v1/admin/texts?language=en&q=home.heading").json().size()).isGreaterThan(0);

		assertThat(this.api.send("DELETE", "/api/v1/admin/texts/nl/portal.home.heading", null, null).status())
			.isEqualTo(200);
		assertThat(page("/portal", "nl")).doesNotContain("servicebalie " + this.run);
	}

	@Test
	void shouldKeepApostrophesAndArgumentsOfOwnTexts() {
		this.texts.override("portal.home.welcomeBack", "it", "Bentornato, {0}! L'assistenza ti aspetta.", "test");
		assertThat(this.messages.getMessage("portal.home.welcomeBack", new Object[] { "Gia" }, Locale.ITALIAN))
			.isEqualTo("Bentornato, Gia! L'assistenza ti aspetta.");
		// the bundle still answers other languages
		assertThat(this.messages.getMessage("portal.home.welcomeBack", new Object[] { "Kim" }, Locale.ENGLISH))
			.isEqualTo("Welcome back, Kim");
	}

	@Test
	void shouldRefuseOwnTextsThatWouldBreak() {
		long before = this.jdbc.queryForObject("select count(*) from text_override", Long.class);
		assertProblem(this.api.send("PUT", "/api/v1/admin/texts/en/portal.home.welcomeBack",
				"{\"text\": \"Hello {1}\"}", null), 400, "text");
		assertProblem(this.api.send("PUT", "/api/v1/admin/texts/en/portal.home.welcomeBack",
				"{\"text\": \"Hello {name}\"}", null), 400, "text");
		assertProblem(this.api.send("PUT", "/api/v1/admin/texts/en/portal.home.heading", "{\"text\": \"  \"}", null),
				400, "text");
		assertProblem(this.api.send("PUT", "/api/v1/admin/texts/en/mailout.template.acknowledgement.subject",
				"{\"text\": \"x\"}", null), 400, "key");
		assertProblem(this.api.send("PUT", "/api/v1/admin/texts/de/portal.home.heading", "{\"text\": \"x\"}", null),
				400, "language");
		assertThat(this.api.send("PUT", "/api/v1/admin/texts/en/no.such.key", "{\"text\": \"x\"}", null).status())
			.isEqualTo(404);
		assertThat(this.jdbc.queryForObject("select count(*) from text_override", Long.class)).isEqualTo(before);
	}

	private Response putLogo(String filename, byte[] data) {
		// ApiClient posts multipart; the logo endpoint is a PUT, so send it by hand
		String boundary = "tierdesk-" + System.nanoTime();
		byte[] head = ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + filename
				+ "\"\r\nContent-Type: application/octet-stream\r\n\r\n")
			.getBytes();
		byte[] tail = ("\r\n--" + boundary + "--\r\n").getBytes();
		byte[] body = new byte[head.length + data.length + tail.length];
		System.arraycopy(head, 0, body, 0, head.length);
		System.arraycopy(data, 0, body, head.length, data.length);
		System.arraycopy(tail, 0, body, head.length + data.length, tail.length);
		return this.api.sendRaw("PUT", "/api/v1/admin/branding/logo", "multipart/form-data; boundary=" + boundary,
				body);
	}

	private static void assertProblem(Response response, int status, String field) {
		assertThat(response.status()).as(response.body()).isEqualTo(status);
		assertThat(response.contentType()).startsWith("application/problem+json");
		if (field != null) {
			assertThat(response.body()).contains("\"field\":\"" + field);
		}
	}

	private String page(String path, String language) {
		try {
			HttpResponse<String> response = this.http
				.send(HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + path))
					.header("Accept-Language", language)
					.build(), HttpResponse.BodyHandlers.ofString());
			assertThat(response.statusCode()).isEqualTo(200);
			return response.body();
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

	private HttpResponse<byte[]> anonymous(String path) throws Exception {
		return this.http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + path)).build(),
				HttpResponse.BodyHandlers.ofByteArray());
	}

}
