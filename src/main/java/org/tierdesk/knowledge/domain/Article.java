package org.tierdesk.knowledge.domain;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.hibernate.annotations.BatchSize;
import org.hibernate.search.engine.backend.types.Projectable;
import org.hibernate.search.engine.backend.types.Searchable;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.GenericField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.KeywordField;
import org.tierdesk.knowledge.ArticleAction;
import org.tierdesk.knowledge.ArticleStatus;
import org.tierdesk.knowledge.Visibility;
import org.tierdesk.platform.ConflictException;
import org.tierdesk.platform.InvalidInputException;

/**
 * The article aggregate: its texts in every language, its settings, and its lifecycle
 * (draft → in review → published → archived), which only its own methods change.
 */
@Entity
@Table(name = "knowledge_article")
class Article {

	static final int MAX_TAGS = 20;

	static final int MAX_TAG_LENGTH = 60;

	@Id
	@GenericField(searchable = Searchable.NO, projectable = Projectable.YES)
	@GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "knowledge_article_seq")
	@SequenceGenerator(name = "knowledge_article_seq", sequenceName = "knowledge_article_seq", allocationSize = 50)
	private Long id;

	@Column(name = "original_language")
	private String originalLanguage;

	@Column(name = "category_id")
	@GenericField
	private Long categoryId;

	@Enumerated(EnumType.STRING)
	@GenericField(projectable = Projectable.YES)
	private Visibility visibility;

	@Enumerated(EnumType.STRING)
	@GenericField(projectable = Projectable.YES)
	private ArticleStatus status;

	@Column(name = "author_id")
	private Long authorId;

	@Column(name = "author_name")
	private String authorName;

	@Column(name = "source_ticket")
	private String sourceTicket;

	@Column(name = "view_count")
	private long viewCount;

	@Column(name = "solved_count")
	private long solvedCount;

	@Column(name = "tickets_solved")
	private long ticketsSolved;

	@Column(name = "created_at")
	private Instant createdAt;

	@Column(name = "updated_at")
	@GenericField(searchable = Searchable.NO, projectable = Projectable.YES)
	private Instant updatedAt;

	@Column(name = "published_at")
	private Instant publishedAt;

	@ElementCollection(fetch = FetchType.EAGER)
	@BatchSize(size = 64)
	@CollectionTable(name = "knowledge_article_tag", joinColumns = @JoinColumn(name = "article_id"))
	@Column(name = "tag")
	@KeywordField
	private Set<String> tags = new LinkedHashSet<>();

	@ElementCollection(fetch = FetchType.EAGER)
	@BatchSize(size = 64)
	@CollectionTable(name = "knowledge_article_department", joinColumns = @JoinColumn(name = "article_id"))
	@Column(name = "department_id")
	@GenericField(projectable = Projectable.YES)
	private Set<Long> departmentIds = new LinkedHashSet<>();

	@OneToMany(mappedBy = "article", cascade = CascadeType.ALL, orphanRemoval = true)
	@BatchSize(size = 64)
	private List<ArticleTranslation> translations = new ArrayList<>();

	@Version
	private long version;

	protected Article() {
	}

	Article(String language, String title, String body, Long authorId, String authorName, Instant now) {
		this.originalLanguage = language;
		this.status = ArticleStatus.DRAFT;
		this.visibility = Visibility.INTERNAL;
		this.authorId = authorId;
		this.authorName = authorName;
		this.createdAt = now;
		this.updatedAt = now;
		this.translations.add(new ArticleTranslation(this, language, title, body, now));
	}

	/** Changes the settings; a department-limited article must name its departments. */
	void configure(Long categoryId, Set<String> tags, Visibility visibility, Set<Long> departmentIds, Instant now) {
		Visibility chosen = (visibility != null) ? visibility : Visibility.INTERNAL;
		if (chosen == Visibility.DEPARTMENTS && departmentIds.isEmpty()) {
			throw new InvalidInputException("departmentIds", "knowledge.error.departmentsRequired",
					"Choose at least one department for a department-limited article.");
		}
		this.categoryId = categoryId;
		this.visibility = chosen;
		this.departmentIds.clear();
		if (chosen == Visibility.DEPARTMENTS) {
			this.departmentIds.addAll(departmentIds);
		}
		this.tags.clear();
		this.tags.addAll(cleanTags(tags));
		this.updatedAt = now;
	}

	/** Sets the text of one language (adding the translation when it is new). */
	void write(String language, String title, String body, Instant now) {
		translation(language).ifPresentOrElse((t) -> t.change(title, body, now),
				() -> this.translations.add(new ArticleTranslation(this, language, title, body, now)));
		this.updatedAt = now;
	}

	/** Applies a lifecycle step, refusing one that does not fit the current status. */
	void apply(ArticleAction action, Instant now) {
		ArticleStatus from = this.status;
		ArticleStatus to = switch (action) {
			case SUBMIT -> require(from, ArticleStatus.IN_REVIEW, ArticleStatus.DRAFT);
			case PUBLISH -> require(from, ArticleStatus.PUBLISHED, ArticleStatus.IN_REVIEW);
			case ARCHIVE -> require(from, ArticleStatus.ARCHIVED, ArticleStatus.PUBLISHED);
			case REVISE -> require(from, ArticleStatus.DRAFT, ArticleStatus.IN_REVIEW, ArticleStatus.PUBLISHED,
					ArticleStatus.ARCHIVED);
		};
		this.status = to;
		if (to == ArticleStatus.PUBLISHED) {
			this.publishedAt = now;
		}
		this.updatedAt = now;
	}

	private static ArticleStatus require(ArticleStatus current, ArticleStatus target, ArticleStatus... allowed) {
		for (ArticleStatus status : allowed) {
			if (status == current) {
				return target;
			}
		}
		throw new ConflictException("knowledge.error.transition",
				"An article that is " + current.apiName() + " cannot become " + target.apiName() + ".",
				current.apiName(), target.apiName());
	}

	void countView() {
		this.viewCount++;
	}

	Optional<ArticleTranslation> translation(String language) {
		return this.translations.stream().filter((t) -> t.getLanguage().equals(language)).findFirst();
	}

	/** The text in this language, or in the original language. */
	ArticleTranslation textIn(String language) {
		return translation(language).or(() -> translation(this.originalLanguage))
			.orElseThrow(() -> new IllegalStateException("Article " + this.id + " has no original text"));
	}

	static Set<String> cleanTags(Set<String> tags) {
		Set<String> clean = new LinkedHashSet<>();
		for (String tag : tags) {
			if (tag == null || tag.isBlank()) {
				continue;
			}
			String t = tag.strip().toLowerCase(java.util.Locale.ROOT);
			if (t.length() > MAX_TAG_LENGTH) {
				throw new InvalidInputException("tags", "knowledge.error.tagTooLong",
						"A tag has at most " + MAX_TAG_LENGTH + " characters.", MAX_TAG_LENGTH);
			}
			clean.add(t);
		}
		if (clean.size() > MAX_TAGS) {
			throw new InvalidInputException("tags", "knowledge.error.tooManyTags",
					"An article has at most " + MAX_TAGS + " tags.", MAX_TAGS);
		}
		return clean;
	}

	Long getId() {
		return this.id;
	}

	String getOriginalLanguage() {
		return this.originalLanguage;
	}

	Long getCategoryId() {
		return this.categoryId;
	}

	Visibility getVisibility() {
		return this.visibility;
	}

	ArticleStatus getStatus() {
		return this.status;
	}

	Long getAuthorId() {
		return this.authorId;
	}

	String getAuthorName() {
		return this.authorName;
	}

	String getSourceTicket() {
		return this.sourceTicket;
	}

	void setSourceTicket(String sourceTicket) {
		this.sourceTicket = sourceTicket;
	}

	long getViewCount() {
		return this.viewCount;
	}

	long getSolvedCount() {
		return this.solvedCount;
	}

	Instant getCreatedAt() {
		return this.createdAt;
	}

	Instant getUpdatedAt() {
		return this.updatedAt;
	}

	Instant getPublishedAt() {
		return this.publishedAt;
	}

	Set<String> getTags() {
		return this.tags;
	}

	Set<Long> getDepartmentIds() {
		return this.departmentIds;
	}

	long getTicketsSolved() {
		return this.ticketsSolved;
	}

	List<ArticleTranslation> getTranslations() {
		return this.translations;
	}

	long getVersion() {
		return this.version;
	}

}
