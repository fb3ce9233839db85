package org.tierdesk.knowledge;

import java.time.Instant;

/**
 * A file attached to an article.
 */
public record ArticleAttachmentView(long id, long articleId, String filename, String contentType, long size,
		String addedBy, Instant addedAt) {
}
