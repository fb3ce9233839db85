package org.tierdesk.knowledge.domain;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.tierdesk.knowledge.ArticleVersionView;

/**
 * A saved state of an article's text in one language; never changed once written.
 */
@Entity
@Table(name = "knowledge_version")
class ArticleVersion {

	@Id
	@GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "knowledge_version_seq")
	@SequenceGenerator(name = "knowledge_version_seq", sequenceName = "knowledge_version_seq", allocationSize = 50)
	private Long id;

	@Column(name = "article_id")
	private long articleId;

	private int number;

	private String language;

	private String title;

	@JdbcTypeCode(SqlTypes.LONG32VARCHAR)
	private String body;

	@Column(name = "author_name")
	private String authorName;

	private String note;

	@Column(name = "created_at")
	private Instant createdAt;

	protected ArticleVersion() {
	}

	ArticleVersion(long articleId, int number, String language, String title, String body, String authorName,
			String note, Instant createdAt) {
		this.articleId = articleId;
		this.number = number;
		this.language = language;
		this.title = title;
		this.body = body;
		this.authorName = authorName;
		this.note = note;
		this.createdAt = createdAt;
	}

	int getNumber() {
		return this.number;
	}

	String getLanguage() {
		return this.language;
	}

	String getTitle() {
		return this.title;
	}

	String getBody() {
		return this.body;
	}

	ArticleVersionView toView(String safeBody) {
		return new ArticleVersionView(this.number, this.language, this.title, safeBody, this.authorName, this.note,
				this.createdAt);
	}

}
