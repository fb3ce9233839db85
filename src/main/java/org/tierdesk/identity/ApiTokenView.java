package org.tierdesk.identity;

import java.time.Instant;

/**
 * A personal API token as listed to its owner: never the secret itself, only its last
 * characters.
 */
public record ApiTokenView(long id, String name, String hint, Instant createdAt, Instant lastUsedAt) {
}
