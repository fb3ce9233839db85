package org.tierdesk.channel.email.mailbox.domain;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;
import org.tierdesk.channel.email.mailbox.MailboxProperties;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Renews OAuth2 access tokens at the provider's token endpoint with the refresh token
 * grant (RFC 6749 section 6): a form POST with the refresh token and the client's
 * credentials, answered with a new access token, how long it lasts and, where the
 * provider rotates them (Microsoft), a new refresh token. No secret reaches a log or an
 * error message.
 */
@Component
class OAuthTokenClient {

	/** Assumed when the endpoint does not say how long the token lasts. */
	static final Duration DEFAULT_LIFETIME = Duration.ofMinutes(30);

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final HttpClient http;

	private final Duration timeout;

	OAuthTokenClient(MailboxProperties properties) {
		this.timeout = properties.readTimeout();
		this.http = HttpClient.newBuilder()
			.connectTimeout(properties.connectTimeout())
			.followRedirects(HttpClient.Redirect.NEVER)
			.build();
	}

	/**
	 * A renewed access token; {@code refreshToken} is null when the old one stays valid.
	 */
	record Token(String accessToken, Instant expiresAt, String refreshToken) {

		@Override
		public String toString() {
			return "Token[expires " + this.expiresAt + "]";
		}

	}

	/**
	 * The token endpoint refused or could not be reached; the message is safe to show.
	 */
	static final class RefreshFailed extends Exception {

		RefreshFailed(String message) {
			super(message);
		}

	}

	Token refresh(TokenGrant grant, Instant now) throws RefreshFailed {
		Map<String, String> form = new LinkedHashMap<>();
		form.put("grant_type", "refresh_token");
		form.put("refresh_token", grant.refreshToken());
		form.put("client_id", grant.clientId());
		if (grant.clientSecret() != null) {
			form.put("client_secret", grant.clientSecret());
		}
		if (grant.scope() != null) {
			form.put("scope", grant.scope());
		}
		String body = form.entrySet()
			.stream()
			.map((e) -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
					+ URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
			.collect(Collectors.joining("&"));
		HttpResponse<String> response;
		try {
			HttpRequest request = HttpRequest.newBuilder(URI.create(grant.tokenUrl()))
				.timeout(this.timeout)
				.header("Content-Type", "application/x-www-form-urlencoded")
				.header("Accept", "application/json")
				.POST(HttpRequest.BodyPublishers.ofString(body))
				.build();
			response = this.http.send(request, HttpResponse.BodyHandlers.ofString());
		}
		catch (IOException | IllegalArgumentException ex) {
			throw new RefreshFailed("The token endpoint " + grant.tokenUrl() + " could not be reached: "
					+ ex.getClass().getSimpleName());
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new RefreshFailed("Interrupted while renewing the access token.");
		}
		return token(response.statusCode(), response.body(), grant, now);
	}

	/** Reads the endpoint's answer (RFC 6749 sections 5.1 and 5.2). */
	static Token token(int status, String body, TokenGrant grant, Instant now) throws RefreshFailed {
		JsonNode json;
		try {
			json = JSON.readTree((body != null) ? body : "");
		}
		catch (JacksonException ex) {
			json = null;
		}
		if (status != 200 || json == null || !json.isObject()) {
			String error = (json != null && json.isObject()) ? json.path("error").asString("") : "";
			String description = (json != null && json.isObject()) ? json.path("error_description").asString("") : "";
			throw new RefreshFailed("The token endpoint refused to renew the access token (HTTP " + status
					+ (error.isEmpty() ? "" : ", " + clean(error, 100))
					+ (description.isEmpty() ? "" : ": " + clean(description, 300)) + ")"
					+ ("invalid_grant".equals(error)
							? "; the refresh token was revoked or has expired: sign in again" + " and enter a new one."
							: "."));
		}
		String accessToken = json.path("access_token").asString("");
		if (accessToken.isBlank()) {
			throw new RefreshFailed("The token endpoint's answer has no access_token.");
		}
		long seconds = json.path("expires_in").asLong(DEFAULT_LIFETIME.toSeconds());
		if (seconds <= 0) {
			seconds = DEFAULT_LIFETIME.toSeconds();
		}
		String rotated = json.path("refresh_token").asString("");
		return new Token(accessToken, now.plusSeconds(seconds),
				(rotated.isBlank() || rotated.equals(grant.refreshToken())) ? null : rotated);
	}

	/** One line of printable text: what a provider says can be shown, nothing more. */
	private static String clean(String text, int max) {
		String line = text.replaceAll("[\\p{Cntrl}]+", " ").strip();
		return (line.length() > max) ? line.substring(0, max) + "…" : line;
	}

}
