package org.tierdesk.knowledge.domain;

import java.time.Duration;
import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import org.tierdesk.knowledge.QuestionView;

/**
 * A question someone asked the help center, and how it ended.
 */
@Entity
@Table(name = "knowledge_question")
class Question {

	static final int MAX_QUERY = 500;

	/**
	 * Typing on within this time refines the same question instead of logging a new one.
	 */
	static final Duration SAME_QUESTION = Duration.ofMinutes(2);

	static final String DEFLECTED = "solved";

	static final String TICKET = "ticket";

	@Id
	@GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "knowledge_question_seq")
	@SequenceGenerator(name = "knowledge_question_seq", sequenceName = "knowledge_question_seq", allocationSize = 50)
	private Long id;

	private String query;

	private String language;

	private String source;

	private int results;

	@Column(name = "opened_article_id")
	private Long openedArticleId;

	private String outcome;

	private String visitor;

	@Column(name = "created_at")
	private Instant createdAt;

	protected Question() {
	}

	Question(String query, String language, String source, int results, String visitor, Instant now) {
		this.query = cut(query);
		this.language = language;
		this.source = source;
		this.results = results;
		this.visitor = visitor;
		this.createdAt = now;
	}

	/**
	 * Whether a new query from the same visitor only continues this one (typed on or
	 * back).
	 */
	boolean continuedBy(String query, String source, Instant now) {
		return this.outcome == null && this.openedArticleId == null && this.source.equals(source)
				&& Duration.between(this.createdAt, now).compareTo(SAME_QUESTION) < 0
				&& (query.startsWith(this.query) || this.query.startsWith(query));
	}

	void refine(String query, int results, Instant now) {
		this.query = cut(query);
		this.results = results;
		this.createdAt = now;
	}

	void opened(long articleId) {
		this.openedArticleId = articleId;
	}

	void solved(long articleId) {
		this.openedArticleId = articleId;
		this.outcome = DEFLECTED;
	}

	void ticket() {
		if (this.outcome == null) {
			this.outcome = TICKET;
		}
	}

	String getVisitor() {
		return this.visitor;
	}

	Long getId() {
		return this.id;
	}

	String getOutcome() {
		return this.outcome;
	}

	private static String cut(String query) {
		String q = query.strip();
		return (q.length() > MAX_QUERY) ? q.substring(0, MAX_QUERY) : q;
	}

	QuestionView toView() {
		return new QuestionView(this.id, this.query, this.language, this.source, this.results, this.openedArticleId,
				this.outcome, this.createdAt);
	}

}
