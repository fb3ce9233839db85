package org.tierdesk.channel.email;

import java.util.List;

/**
 * How a ticket talks by mail: the mailbox and support address it came to (the address to
 * send from), the requester's address, the people in copy (support addresses left out),
 * the language of the conversation (null if unknown), and whether the mail that opened it
 * asked not to be answered automatically ({@code X-Auto-Response-Suppress: All},
 * {@code AutoReply} or {@code OOF}): then no acknowledgement is sent.
 */
public record MailConversation(long ticketId, Long mailboxId, String supportAddress, String requesterAddress,
		List<String> cc, String language, boolean noAutoReply) {

	public MailConversation {
		cc = (cc != null) ? List.copyOf(cc) : List.of();
	}

}
