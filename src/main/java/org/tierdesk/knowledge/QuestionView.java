package org.tierdesk.knowledge;

import java.time.Instant;

/**
 * One logged question: what was asked where, how many answers it got, what was opened,
 * and whether it ended in a deflection ({@code solved}) or a ticket.
 */
public record QuestionView(long id, String query, String language, String source, int results, Long openedArticleId,
		String outcome, Instant createdAt) {
}
