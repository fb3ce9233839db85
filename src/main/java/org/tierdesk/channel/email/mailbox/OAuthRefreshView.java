package org.tierdesk.channel.email.mailbox;

import java.time.Instant;

/**
 * How a mailbox's OAuth2 access token is renewed, without the secrets: token endpoint,
 * client, scope, whether a client secret is stored, and until when the current access
 * token is good (null: not renewed yet).
 */
public record OAuthRefreshView(String tokenUrl, String clientId, String scope, boolean clientSecretSet,
		Instant accessTokenExpiresAt) {
}
