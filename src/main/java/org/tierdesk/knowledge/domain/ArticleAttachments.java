package org.tierdesk.knowledge.domain;

import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;
import org.tierdesk.knowledge.ArticleAttachmentView;
import org.tierdesk.knowledge.ArticleFile;
import org.tierdesk.knowledge.KnowledgeProperties;
import org.tierdesk.knowledge.Reader;
import org.tierdesk.platform.InvalidInputException;
import org.tierdesk.platform.NotFoundException;

/**
 * Files attached to articles: checked on upload (size, count, a clean file name), the
 * bytes kept in {@code knowledge_attachment_content} in the same transaction.
 */
@Component
class ArticleAttachments {

	/** Most files one article may have. */
	static final int MAX_FILES = 20;

	/** Content types a browser may be told; anything else is sent as plain bytes. */
	private static final Set<String> SAFE_TYPES = Set.of("image/png", "image/jpeg", "image/gif", "image/webp",
			"application/pdf", "text/plain", "text/csv", "application/zip");

	private final ArticleAttachmentRepository attachments;

	private final JdbcTemplate jdbc;

	private final KnowledgeProperties properties;

	private final Clock clock;

	ArticleAttachments(ArticleAttachmentRepository attachments, JdbcTemplate jdbc, KnowledgeProperties properties,
			Clock clock) {
		this.attachments = attachments;
		this.jdbc = jdbc;
		this.properties = properties;
		this.clock = clock;
	}

	List<ArticleAttachmentView> of(long articleId) {
		return this.attachments.findByArticleIdOrderByIdAsc(articleId).stream().map(ArticleAttachment::toView).toList();
	}

	ArticleAttachmentView add(long articleId, String filename, String contentType, byte[] data, Reader author) {
		String name = filename(filename);
		DataSize max = this.properties.maxAttachmentSize();
		if (data == null || data.length == 0) {
			throw new InvalidInputException("file", "knowledge.error.attachmentEmpty", "The file {0} is empty.", name);
		}
		if (data.length > max.toBytes()) {
			throw new InvalidInputException("file", "knowledge.error.attachmentTooLarge",
					"The file {0} is larger than {1} MB.", name, max.toMegabytes());
		}
		if (this.attachments.countByArticleId(articleId) >= MAX_FILES) {
			throw new InvalidInputException("file", "knowledge.error.attachmentTooMany",
					"An article can have at most {0} files.", MAX_FILES);
		}
		ArticleAttachment attachment = this.attachments
			.saveAndFlush(new ArticleAttachment(articleId, name, contentType(contentType), data.length,
					(author.name() != null) ? author.name() : "?", this.clock.instant()));
		this.jdbc.update("insert into knowledge_attachment_content (attachment_id, data) values (?, ?)", (ps) -> {
			ps.setLong(1, attachment.getId());
			ps.setBytes(2, data);
		});
		return attachment.toView();
	}

	ArticleFile get(long articleId, long attachmentId) {
		ArticleAttachment attachment = find(articleId, attachmentId);
		List<byte[]> rows = this.jdbc.query("select data from knowledge_attachment_content where attachment_id = ?",
				(rs, row) -> rs.getBytes(1), attachmentId);
		if (rows.isEmpty()) {
			throw notFound();
		}
		return new ArticleFile(attachment.toView(), rows.get(0));
	}

	void remove(long articleId, long attachmentId) {
		ArticleAttachment attachment = find(articleId, attachmentId);
		this.jdbc.update("delete from knowledge_attachment_content where attachment_id = ?", attachmentId);
		this.attachments.delete(attachment);
	}

	private ArticleAttachment find(long articleId, long attachmentId) {
		return this.attachments.findById(attachmentId)
			.filter((a) -> a.getArticleId() == articleId)
			.orElseThrow(ArticleAttachments::notFound);
	}

	private static NotFoundException notFound() {
		return new NotFoundException("knowledge.error.attachmentNotFound", "There is no such file.");
	}

	/**
	 * The name without any folder, control characters or quotes, at most 255 characters.
	 */
	static String filename(String given) {
		String name = (given != null) ? given : "";
		name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
		name = name.replaceAll("[\\p{Cntrl}\"<>|*?:]", "_").strip();
		if (name.isEmpty() || name.chars().allMatch((c) -> c == '.')) {
			throw new InvalidInputException("file", "knowledge.error.attachmentName", "Choose a file to upload.");
		}
		return (name.length() > 255) ? name.substring(name.length() - 255) : name;
	}

	/** The type to tell a browser: a known harmless one, else plain bytes. */
	static String contentType(String given) {
		String type = (given != null) ? given.strip().toLowerCase(Locale.ROOT) : "";
		int semicolon = type.indexOf(';');
		type = (semicolon >= 0) ? type.substring(0, semicolon).strip() : type;
		return SAFE_TYPES.contains(type) ? type : "application/octet-stream";
	}

}
