package org.tierdesk.knowledge;

/**
 * Counts over the question log: questions, those without any answer (knowledge gaps),
 * those where an article was opened, solved without a ticket, and followed by a ticket.
 */
public record QuestionStats(long questions, long unanswered, long opened, long deflected, long ticketsFollowed) {

	/** Share of questions that ended with "this solved my problem", in percent. */
	public long deflectionRate() {
		return (this.questions == 0) ? 0 : Math.round(100.0 * this.deflected / this.questions);
	}

}
