package org.tierdesk.channel.email;

/**
 * The one way into the desk for a received mail, whatever brought it (a polled mailbox,
 * the SMTP receiver, the mail gateway): loop guard, parse, classify, de-duplicate,
 * thread, then open or append, and keep the original. Returns once the outcome is
 * committed; only then may the caller delete or flag the mail at its source. A mail that
 * cannot be processed is quarantined with its raw source (outcome
 * {@link IntakeOutcome#QUARANTINED}). If even that cannot be stored,
 * {@link MailIntakeException} is thrown and the caller must leave the mail where it is,
 * to try again later.
 */
public interface MailIntake {

	IntakeResult receive(MailSource source, RawMail raw);

	/**
	 * Processes a quarantined or otherwise kept mail again from its stored original, as
	 * if it had just arrived; the earlier record is marked as re-processed.
	 */
	IntakeResult reprocess(long inboundMailId);

	/**
	 * Opens a ticket from a kept mail that was held as automated (bulk or list mail, say)
	 * because an admin or agent decided a person wrote it.
	 */
	IntakeResult promote(long inboundMailId);

}
