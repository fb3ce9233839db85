package org.tierdesk.knowledge.domain;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import org.tierdesk.knowledge.ArticleAttachmentView;

/**
 * What is known about a file attached to an article; its bytes are kept apart (see
 * {@link ArticleAttachments}).
 */
@Entity
@Table(name = "knowledge_attachment")
class ArticleAttachment {

	@Id
	@GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "knowledge_attachment_seq")
	@SequenceGenerator(name = "knowledge_attachment_seq", sequenceName = "knowledge_attachment_seq",
			allocationSize = 50)
	private Long id;

	@Column(name = "article_id")
	private long articleId;

	private String filename;

	@Column(name = "content_type")
	private String contentType;

	@Column(name = "size_bytes")
	private long size;

	@Column(name = "added_by")
	private String addedBy;

	@Column(name = "added_at")
	private Instant addedAt;

	protected ArticleAttachment() {
	}

	ArticleAttachment(long articleId, String filename, String contentType, long size, String addedBy, Instant addedAt) {
		this.articleId = articleId;
		this.filename = filename;
		this.contentType = contentType;
		this.size = size;
		this.addedBy = addedBy;
		this.addedAt = addedAt;
	}

	Long getId() {
		return this.id;
	}

	long getArticleId() {
		return this.articleId;
	}

	ArticleAttachmentView toView() {
		return new ArticleAttachmentView(this.id, this.articleId, this.filename, this.contentType, this.size,
				this.addedBy, this.addedAt);
	}

}
