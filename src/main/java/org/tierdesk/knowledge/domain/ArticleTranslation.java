package org.tierdesk.knowledge.domain;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.search.engine.backend.types.Highlightable;
import org.hibernate.search.engine.backend.types.Projectable;
import org.hibernate.search.engine.backend.types.Searchable;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.FullTextField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.GenericField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.Indexed;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.IndexedEmbedded;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.IndexingDependency;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.KeywordField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.ObjectPath;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.PropertyValue;
import org.hibernate.type.SqlTypes;
import org.jsoup.Jsoup;

/**
 * An article's title and body in one language (the original is one of them). Each is a
 * search document: its text goes to the fields of its own language only, analysed for
 * that language, with the article's status and visibility beside it for filtering.
 */
@Entity
@Table(name = "knowledge_translation")
@Indexed(index = "article_text")
class ArticleTranslation {

	@Id
	@GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "knowledge_translation_seq")
	@SequenceGenerator(name = "knowledge_translation_seq", sequenceName = "knowledge_translation_seq",
			allocationSize = 50)
	private Long id;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "article_id")
	@IndexedEmbedded(
			includePaths = { "id", "status", "visibility", "departmentIds", "categoryId", "tags", "updatedAt" })
	private Article article;

	@KeywordField(projectable = Projectable.YES)
	private String language;

	/** Stored for the result list (searched through the per-language title fields). */
	@GenericField(name = "title", searchable = Searchable.NO, projectable = Projectable.YES)
	private String title;

	@JdbcTypeCode(SqlTypes.LONG32VARCHAR)
	private String body;

	@Column(name = "updated_at")
	@GenericField
	private Instant updatedAt;

	protected ArticleTranslation() {
	}

	ArticleTranslation(Article article, String language, String title, String body, Instant now) {
		this.article = article;
		this.language = language;
		this.title = title;
		this.body = body;
		this.updatedAt = now;
	}

	void change(String title, String body, Instant now) {
		this.title = title;
		this.body = body;
		this.updatedAt = now;
	}

	private String only(String language, String text) {
		return language.equals(this.language) ? text : null;
	}

	/** The body without markup, as it is searched and shown in snippets. */
	String plainBody() {
		return (this.body != null) ? Jsoup.parse(this.body).text() : "";
	}

	@FullTextField(name = "title_en", analyzer = "en", projectable = Projectable.YES,
			highlightable = { Highlightable.PLAIN, Highlightable.UNIFIED })
	@IndexingDependency(derivedFrom = { @ObjectPath(@PropertyValue(propertyName = "language")),
			@ObjectPath(@PropertyValue(propertyName = "title")) })
	String getTitleEn() {
		return only("en", this.title);
	}

	@FullTextField(name = "body_en", analyzer = "en", projectable = Projectable.YES,
			highlightable = { Highlightable.PLAIN, Highlightable.UNIFIED })
	@IndexingDependency(derivedFrom = { @ObjectPath(@PropertyValue(propertyName = "language")),
			@ObjectPath(@PropertyValue(propertyName = "body")) })
	String getBodyEn() {
		return only("en", plainBody());
	}

	@FullTextField(name = "title_nl", analyzer = "nl", projectable = Projectable.YES,
			highlightable = { Highlightable.PLAIN, Highlightable.UNIFIED })
	@IndexingDependency(derivedFrom = { @ObjectPath(@PropertyValue(propertyName = "language")),
			@ObjectPath(@PropertyValue(propertyName = "title")) })
	String getTitleNl() {
		return only("nl", this.title);
	}

	@FullTextField(name = "body_nl", analyzer = "nl", projectable = Projectable.YES,
			highlightable = { Highlightable.PLAIN, Highlightable.UNIFIED })
	@IndexingDependency(derivedFrom = { @ObjectPath(@PropertyValue(propertyName = "language")),
			@ObjectPath(@PropertyValue(propertyName = "body")) })
	String getBodyNl() {
		return only("nl", plainBody());
	}

	@FullTextField(name = "title_id", analyzer = "id", projectable = Projectable.YES,
			highlightable = { Highlightable.PLAIN, Highlightable.UNIFIED })
	@IndexingDependency(derivedFrom = { @ObjectPath(@PropertyValue(propertyName = "language")),
			@ObjectPath(@PropertyValue(propertyName = "title")) })
	String getTitleId() {
		return only("id", this.title);
	}

	@FullTextField(name = "body_id", analyzer = "id", projectable = Projectable.YES,
			highlightable = { Highlightable.PLAIN, Highlightable.UNIFIED })
	@IndexingDependency(derivedFrom = { @ObjectPath(@PropertyValue(propertyName = "language")),
			@ObjectPath(@PropertyValue(propertyName = "body")) })
	String getBodyId() {
		return only("id", plainBody());
	}

	@FullTextField(name = "title_it", analyzer = "it", projectable = Projectable.YES,
			highlightable = { Highlightable.PLAIN, Highlightable.UNIFIED })
	@IndexingDependency(derivedFrom = { @ObjectPath(@PropertyValue(propertyName = "language")),
			@ObjectPath(@PropertyValue(propertyName = "title")) })
	String getTitleIt() {
		return only("it", this.title);
	}

	@FullTextField(name = "body_it", analyzer = "it", projectable = Projectable.YES,
			highlightable = { Highlightable.PLAIN, Highlightable.UNIFIED })
	@IndexingDependency(derivedFrom = { @ObjectPath(@PropertyValue(propertyName = "language")),
			@ObjectPath(@PropertyValue(propertyName = "body")) })
	String getBodyIt() {
		return only("it", plainBody());
	}

	@FullTextField(name = "title_fi", analyzer = "fi", projectable = Projectable.YES,
			highlightable = { Highlightable.PLAIN, Highlightable.UNIFIED })
	@IndexingDependency(derivedFrom = { @ObjectPath(@PropertyValue(propertyName = "language")),
			@ObjectPath(@PropertyValue(propertyName = "title")) })
	String getTitleFi() {
		return only("fi", this.title);
	}

	@FullTextField(name = "body_fi", analyzer = "fi", projectable = Projectable.YES,
			highlightable = { Highlightable.PLAIN, Highlightable.UNIFIED })
	@IndexingDependency(derivedFrom = { @ObjectPath(@PropertyValue(propertyName = "language")),
			@ObjectPath(@PropertyValue(propertyName = "body")) })
	String getBodyFi() {
		return only("fi", plainBody());
	}

	Long getId() {
		return this.id;
	}

	Article getArticle() {
		return this.article;
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

	Instant getUpdatedAt() {
		return this.updatedAt;
	}

}
