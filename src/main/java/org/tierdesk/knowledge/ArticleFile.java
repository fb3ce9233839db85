package org.tierdesk.knowledge;

/**
 * An article's attached file with its bytes, for a download.
 */
public record ArticleFile(ArticleAttachmentView attachment, byte[] data) {
}
