package org.tierdesk.channel.email.mailbox.domain;

import java.time.Instant;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class OAuthTokenClientTests {

	static final Instant NOW = Instant.parse("2026-11-23T10:00:00Z");

	static final TokenGrant GRANT = new TokenGrant("https://login.example.com/token", "app", "client-s3cret",
			"refresh-1", null);

	@Test
	void shouldReadTheNewTokenItsLifetimeAndARotatedRefreshToken() throws Exception {
		OAuthTokenClient.Token token = OAuthTokenClient.token(200,
				"{\"token_type\":\"Bearer\",\"access_token\":\"at-2\",\"expires_in\":3599,\"refresh_token\":\"refresh-2\"}",
				GRANT, NOW);

		assertThat(token.accessToken()).isEqualTo("at-2");
		assertThat(token.expiresAt()).isEqualTo(NOW.plusSeconds(3599));
		assertThat(token.refreshToken()).isEqualTo("refresh-2");
		assertThat(token.toString()).doesNotContain("at-2", "refresh-2");
	}

	@Test
	void shouldKeepTheRefreshTokenAndAssumeALifetimeWhenTheAnswerSaysNeither() throws Exception {
		OAuthTokenClient.Token token = OAuthTokenClient.token(200, "{\"access_token\":\"at-2\"}", GRANT, NOW);

		assertThat(token.refreshToken()).isNull();
		assertThat(token.expiresAt()).isEqualTo(NOW.plus(OAuthTokenClient.DEFAULT_LIFETIME));
	}

	@Test
	void shouldSayWhatTheEndpointRefusedWithoutRepeatingAnySecret() {
		assertThatExceptionOfType(OAuthTokenClient.RefreshFailed.class)
			.isThrownBy(() -> OAuthTokenClient.token(400,
					"{\"error\":\"invalid_grant\",\"error_description\":\"AADSTS70008: expired\\r\\nTrace ID: 1\"}",
					GRANT, NOW))
			.withMessageContaining("HTTP 400, invalid_grant: AADSTS70008: expired Trace ID: 1")
			.withMessageContaining("sign in again")
			.withMessageNotContaining("refresh-1")
			.withMessageNotContaining("client-s3cret");
		assertThatExceptionOfType(OAuthTokenClient.RefreshFailed.class)
			.isThrownBy(() -> OAuthTokenClient.token(502, "<html>Bad gateway</html>", GRANT, NOW))
			.withMessageContaining("HTTP 502");
		assertThatExceptionOfType(OAuthTokenClient.RefreshFailed.class)
			.isThrownBy(() -> OAuthTokenClient.token(200, "{\"token_type\":\"Bearer\"}", GRANT, NOW))
			.withMessageContaining("no access_token");
	}

}
