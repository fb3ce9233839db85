package org.tierdesk.ticket;

import java.util.List;

/**
 * What a message that came by e-mail carries beyond its text: its Message-ID (without
 * angle brackets), subject, recipients, the sanitised HTML view (with {@code cid:}
 * references to the message's inline attachments), where the quoted history begins in the
 * text (null if none was found), and why it was threaded into its ticket.
 */
public record MailDetails(String messageId, String subject, List<String> to, List<String> cc, String bodyHtml,
		Integer quotedFrom, ThreadingReason threadingReason, String threadingDetail) {

	public MailDetails {
		to = (to != null) ? List.copyOf(to) : List.of();
		cc = (cc != null) ? List.copyOf(cc) : List.of();
	}

	/** Why a mail was put into the ticket it is in. */
	public enum ThreadingReason {

		/** Nothing referred to a known ticket: it opened a new one. */
		NEW_TICKET,
		/** Its In-Reply-To named a message of this ticket. */
		IN_REPLY_TO,
		/** Its References named a message of this ticket. */
		REFERENCES,
		/** Its subject carried this ticket's number. */
		SUBJECT_NUMBER,
		/**
		 * It referred to a closed ticket, so it opened a new one (the detail names the
		 * old one).
		 */
		FOLLOW_UP;

	}

}
