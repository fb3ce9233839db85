package org.tierdesk.knowledge.domain;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tierdesk.knowledge.KnowledgeLanguages;
import org.tierdesk.knowledge.QuestionLog;
import org.tierdesk.knowledge.QuestionStats;
import org.tierdesk.knowledge.QuestionView;

/**
 * The question log behind the help center.
 */
@Service
class QuestionService implements QuestionLog {

	static final Instant EARLIEST = Instant.parse("2000-01-01T00:00:00Z");

	static final Instant LATEST = Instant.parse("2999-01-01T00:00:00Z");

	private final QuestionRepository questions;

	private final ArticleRepository articles;

	private final Clock clock;

	QuestionService(QuestionRepository questions, ArticleRepository articles, Clock clock) {
		this.questions = questions;
		this.articles = articles;
		this.clock = clock;
	}

	@Override
	@Transactional
	public long asked(String query, String language, String source, int results, String visitor) {
		String q = (query != null) ? query.strip() : "";
		if (q.isEmpty() || visitor == null) {
			return 0;
		}
		Instant now = this.clock.instant();
		String lang = KnowledgeLanguages.orEnglish(language);
		Question last = this.questions.findFirstByVisitorOrderByCreatedAtDesc(visitor).orElse(null);
		if (last != null && last.continuedBy(q, source, now)) {
			last.refine(q, results, now);
			return last.getId();
		}
		return this.questions.save(new Question(q, lang, source, results, visitor, now)).getId();
	}

	@Override
	@Transactional
	public void opened(long questionId, long articleId, String visitor) {
		mine(questionId, visitor).ifPresent((q) -> q.opened(articleId));
	}

	@Override
	@Transactional
	public void solved(long questionId, long articleId, String visitor) {
		mine(questionId, visitor).ifPresent((q) -> {
			if (!Question.DEFLECTED.equals(q.getOutcome())) {
				q.solved(articleId);
				this.articles.incrementSolved(articleId);
			}
		});
	}

	@Override
	@Transactional
	public void ticketFollowed(String visitor) {
		if (visitor == null) {
			return;
		}
		this.questions.findFirstByVisitorOrderByCreatedAtDesc(visitor)
			.filter((q) -> q.getOutcome() == null)
			.ifPresent(Question::ticket);
	}

	@Override
	@Transactional(readOnly = true)
	public List<QuestionView> questions(Instant from, Instant to, boolean unansweredOnly, int limit) {
		return this.questions
			.between(or(from, EARLIEST), or(to, LATEST), unansweredOnly,
					PageRequest.of(0, Math.max(1, Math.min(limit, 10_000))))
			.stream()
			.map(Question::toView)
			.toList();
	}

	@Override
	@Transactional(readOnly = true)
	public QuestionStats stats(Instant from, Instant to) {
		Object[] row = this.questions.counts(or(from, EARLIEST), or(to, LATEST)).get(0);
		return new QuestionStats(number(row[0]), number(row[1]), number(row[2]), number(row[3]), number(row[4]));
	}

	private java.util.Optional<Question> mine(long questionId, String visitor) {
		return this.questions.findById(questionId).filter((q) -> visitor != null && visitor.equals(q.getVisitor()));
	}

	private static Instant or(Instant value, Instant fallback) {
		return (value != null) ? value : fallback;
	}

	private static long number(Object value) {
		return (value instanceof Number n) ? n.longValue() : 0;
	}

}
