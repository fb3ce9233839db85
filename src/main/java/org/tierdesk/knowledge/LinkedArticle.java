package org.tierdesk.knowledge;

import java.time.Instant;

/**
 * An article linked to a ticket, titled in the reader's language when it has that
 * translation; {@code solved} once the ticket was resolved with it linked.
 */
public record LinkedArticle(long articleId, String title, String language, boolean solved, String linkedBy,
		Instant linkedAt) {
}
