package org.tierdesk.channel.email.mailbox;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Function;

import com.icegreen.greenmail.user.GreenMailUser;
import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.tierdesk.support.ApiClient;
import org.tierdesk.support.ApiClient.Response;
import org.tierdesk.support.DatabaseInitializers;
import org.tierdesk.support.H2ApplicationTest;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * OAuth2 mailboxes whose access token Tierdesk renews itself: against GreenMail (which
 * takes the user's password as the XOAUTH2 token) and a token endpoint on loopback that
 * answers like Microsoft's and Google's do.
 */
@H2ApplicationTest
class MailboxOAuthIT {

	static final Duration WAIT = Duration.ofSeconds(30);

	static TestMailServer mail;

	static HttpServer endpoint;

	/** What the token endpoint received, one form per request. */
	static final List<Map<String, String>> requests = new CopyOnWriteArrayList<>();

	/** How the token endpoint answers a form: status and JSON body. */
	static volatile Function<Map<String, String>, Answer> answer = (form) -> new Answer(500, "{}");

	record Answer(int status, String json) {
	}

	@LocalServerPort
	int port;

	ApiClient api;

	final List<Long> created = new ArrayList<>();

	@BeforeAll
	static void start() throws IOException {
		mail = new TestMailServer();
		endpoint = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
		endpoint.createContext("/token", (exchange) -> {
			Map<String, String> form = new LinkedHashMap<>();
			for (String pair : new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8)
				.split("&")) {
				int eq = pair.indexOf('=');
				if (eq > 0) {
					form.put(URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8),
							URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
				}
			}
			requests.add(form);
			Answer a = answer.apply(form);
			byte[] body = a.json().getBytes(StandardCharsets.UTF_8);
			exchange.getResponseHeaders().add("Content-Type", "application/json");
			exchange.sendResponseHeaders(a.status(), body.length);
			try (OutputStream out = exchange.getResponseBody()) {
				out.write(body);
			}
		});
		endpoint.start();
	}

	@AfterAll
	static void stop() {
		endpoint.stop(0);
		mail.close();
	}

	@BeforeEach
	void signIn() {
		this.api = ApiClient.basic(this.port, "admin", DatabaseInitializers.ADMIN_PASSWORD);
		requests.clear();
	}

	@AfterEach
	void cleanUp() {
		this.created.forEach((id) -> this.api.send("DELETE", "/api/v1/mailboxes/" + id, null, null));
	}

	static String tokenUrl() {
		return "http://127.0.0.1:" + endpoint.getAddress().getPort() + "/token";
	}

	JsonNode create(GreenMailUser user, String refreshToken, boolean enabled) {
		Response response = this.api.post("/api/v1/mailboxes",
				"""
						{"name": "OAuth %1$s", "protocol": "imap", "host": "127.0.0.1", "port": %2$d,
						 "username": "%1$s", "authMethod": "oauth2", "secret": "expired-access-token",
						 "pollIntervalSeconds": 1, "supportAddress": "oauth-%1$s@desk.test", "enabled": %5$s,
						 "oauthTokenUrl": "%3$s", "oauthClientId": "tierdesk-app", "oauthClientSecret": "client-s3cret",
						 "oauthRefreshToken": "%4$s", "oauthScope": "https://outlook.office365.com/IMAP.AccessAsUser.All offline_access"}
						"""
					.formatted(user.getLogin(), mail.imapPort(), tokenUrl(), refreshToken, enabled));
		assertThat(response.status()).as(response.body()).isEqualTo(201);
		this.created.add(response.json().get("id").asLong());
		return response.json();
	}

	@Test
	void shouldRenewTheAccessTokenBeforePollingKeepARotatedRefreshTokenAndShowNoSecret() {
		GreenMailUser user = mail.newUser();
		// the first answer lasts less than the renewal margin, so the next poll renews
		// again, with the refresh token the first answer rotated
		answer = (form) -> "refresh-1".equals(form.get("refresh_token"))
				? new Answer(200, "{\"access_token\": \"" + user.getPassword()
						+ "\", \"token_type\": \"Bearer\", \"expires_in\": 60, \"refresh_token\": \"refresh-2\"}")
				: "refresh-2".equals(form.get("refresh_token"))
						? new Answer(200,
								"{\"access_token\": \"" + user.getPassword()
										+ "\", \"token_type\": \"Bearer\", \"expires_in\": 3599}")
						: new Answer(400, "{\"error\": \"invalid_grant\"}");
		TestMailServer.Delivered first = mail.deliver(user, "Token one", "Hello");

		JsonNode mailbox = create(user, "refresh-1", true);

		await().atMost(WAIT).until(() -> tickets(first.sender()) == 1);
		TestMailServer.Delivered second = mail.deliver(user, "Token two", "Hello again");
		await().atMost(WAIT).until(() -> tickets(second.sender()) == 1);
		assertThat(requests).hasSizeGreaterThanOrEqualTo(2);
		assertThat(requests.get(0)).containsEntry("grant_type", "refresh_token")
			.containsEntry("refresh_token", "refresh-1")
			.containsEntry("client_id", "tierdesk-app")
			.containsEntry("client_secret", "client-s3cret")
			.containsEntry("scope", "https://outlook.office365.com/IMAP.AccessAsUser.All offline_access");
		assertThat(requests.get(1)).containsEntry("refresh_token", "refresh-2");

		// the token now lasts an hour: polls go on without asking the endpoint again
		int asked = requests.size();
		TestMailServer.Delivered third = mail.deliver(user, "Token three", "Still here");
		await().atMost(WAIT).until(() -> tickets(third.sender()) == 1);
		assertThat(requests).hasSize(asked);

		Response read = this.api.get("/api/v1/mailboxes/" + mailbox.get("id").asLong());
		JsonNode refresh = read.json().get("oauthRefresh");
		assertThat(refresh.get("tokenUrl").asString()).isEqualTo(tokenUrl());
		assertThat(refresh.get("clientId").asString()).isEqualTo("tierdesk-app");
		assertThat(refresh.get("clientSecretSet").asBoolean()).isTrue();
		assertThat(Instant.parse(refresh.get("accessTokenExpiresAt").asString()))
			.isAfter(Instant.now().plus(Duration.ofMinutes(50)));
		assertThat(read.body()).doesNotContain("client-s3cret", "refresh-1", "refresh-2", user.getPassword());
	}

	@Test
	void shouldSayWhyTheTokenCouldNotBeRenewedInTheTestAndThePollStatus() {
		GreenMailUser user = mail.newUser();
		answer = (form) -> new Answer(400,
				"{\"error\": \"invalid_grant\", \"error_description\": \"AADSTS70008: The refresh token has expired.\"}");
		JsonNode mailbox = create(user, "revoked-token", false);
		long id = mailbox.get("id").asLong();

		Response test = this.api.post("/api/v1/mailboxes/" + id + "/test", "");
		assertThat(test.status()).as(test.body()).isEqualTo(200);
		assertThat(test.json().get("ok").asBoolean()).isFalse();
		assertThat(test.json().get("code").asString()).isEqualTo("oauth-refresh-failed");
		assertThat(test.json().get("detail").asString()).contains("invalid_grant", "AADSTS70008");
		assertThat(test.body()).doesNotContain("revoked-token", "client-s3cret");

		Response enabled = this.api.send("PUT", "/api/v1/mailboxes/" + id, """
				{"name": "OAuth %1$s", "protocol": "imap", "host": "127.0.0.1", "port": %2$d,
				 "username": "%1$s", "authMethod": "oauth2", "pollIntervalSeconds": 1,
				 "supportAddress": "oauth-%1$s@desk.test", "enabled": true,
				 "oauthTokenUrl": "%3$s", "oauthClientId": "tierdesk-app"}
				""".formatted(user.getLogin(), mail.imapPort(), tokenUrl()), null);
		assertThat(enabled.status()).as("stored client secret and refresh token kept: " + enabled.body())
			.isEqualTo(200);
		await().atMost(WAIT).untilAsserted(() -> {
			JsonNode status = this.api.get("/api/v1/mailboxes/" + id).json().get("status");
			assertThat(status.get("failing").asBoolean()).isTrue();
			assertThat(status.get("lastError").get("code").asString()).isEqualTo("oauth-refresh-failed");
			assertThat(status.get("lastError").get("message").asString()).contains("refresh token");
		});
		assertThat(requests).isNotEmpty()
			.allSatisfy((form) -> assertThat(form).containsEntry("refresh_token", "revoked-token")
				.containsEntry("client_secret", "client-s3cret"));
	}

	@Test
	void shouldRefuseSettingsThatCannotWork() {
		GreenMailUser user = mail.newUser();
		String base = """
				{"name": "OAuth bad %1$s", "protocol": "imap", "host": "127.0.0.1", "port": %2$d,
				 "username": "%1$s", "authMethod": "oauth2", "supportAddress": "bad-%1$s@desk.test", "enabled": false,
				""".formatted(user.getLogin(), mail.imapPort());
		Response plainHttp = this.api.post("/api/v1/mailboxes", base
				+ "\"oauthTokenUrl\": \"http://login.example.com/token\", \"oauthClientId\": \"a\", \"oauthRefreshToken\": \"r\"}");
		assertThat(plainHttp.status()).isEqualTo(400);
		assertThat(plainHttp.body()).contains("oauthTokenUrl");

		Response noRefreshToken = this.api.post("/api/v1/mailboxes",
				base + "\"oauthTokenUrl\": \"" + tokenUrl() + "\", \"oauthClientId\": \"a\"}");
		assertThat(noRefreshToken.status()).isEqualTo(400);
		assertThat(noRefreshToken.body()).contains("oauthRefreshToken");

		Response noAccessTokenNoRefresh = this.api.post("/api/v1/mailboxes", base + "\"oauthTokenUrl\": \"\"}");
		assertThat(noAccessTokenNoRefresh.status()).isEqualTo(400);
		assertThat(noAccessTokenNoRefresh.body()).contains("secret");
		assertThat(requests).isEmpty();
	}

	long tickets(String requester) {
		Response response = this.api.get("/api/v1/tickets?status=all&requester=" + requester);
		return response.json().get("items").size();
	}

}
