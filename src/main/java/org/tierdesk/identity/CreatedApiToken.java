package org.tierdesk.identity;

/**
 * A token just created: the secret is shown this once and never stored in clear.
 */
public record CreatedApiToken(ApiTokenView token, String secret) {
}
