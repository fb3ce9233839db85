package org.tierdesk.channel.email;

import java.util.List;
import java.util.Optional;

/**
 * The mail side of tickets, for sending: who is in the conversation and which Message-IDs
 * a new mail must refer to so that mail clients thread it; and recording the Message-IDs
 * the desk sends, so that replies to them find their ticket and the desk's own mail
 * coming back is recognised.
 */
public interface MailThreads {

	/** How the ticket talks by mail, if it ever received a mail. */
	Optional<MailConversation> conversation(long ticketId);

	/** The Message-IDs (without angle brackets) of the ticket's mails, oldest first. */
	List<String> messageIds(long ticketId);

	/** Records a Message-ID (without angle brackets) the desk sent for this ticket. */
	void recordOutgoing(long ticketId, Long ticketMessageId, String messageId);

	/** Whether mail to this address bounced permanently. */
	boolean failing(String email);

}
