package org.tierdesk.knowledge;

import java.time.Instant;
import java.util.List;

/**
 * The question log: every portal search and new-request subject, what was opened, and how
 * it ended. {@code visitor} is the anonymous browser token that ties a visitor's steps
 * together; nothing else about the visitor is kept.
 */
public interface QuestionLog {

	/**
	 * Logs a question, or updates the visitor's previous one when this is the same
	 * question typed on.
	 */
	long asked(String query, String language, String source, int results, String visitor);

	/** Notes that the visitor opened an article from this question's results. */
	void opened(long questionId, long articleId, String visitor);

	/**
	 * "This solved my problem": the question ends without a ticket, and the article
	 * counts a solve.
	 */
	void solved(long questionId, long articleId, String visitor);

	/**
	 * The visitor went on to submit a request: their latest open question ended in a
	 * ticket.
	 */
	void ticketFollowed(String visitor);

	/** Logged questions between two instants (either may be null), newest first. */
	List<QuestionView> questions(Instant from, Instant to, boolean unansweredOnly, int limit);

	/** Counts over the same period. */
	QuestionStats stats(Instant from, Instant to);

}
