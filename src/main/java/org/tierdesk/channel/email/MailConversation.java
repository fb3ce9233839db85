package org.tierdesk.channel.email;

import java.util.List;

/**
 * How a ticket talks by mail: the mailbox and support address it came to (the address to
 * send from), the requester's address, the people in copy (support addresses left out)
 * and the language of the conversation (null if unknown).
 */
public record MailConversation(long ticketId, Long mailboxId, String supportAddress, String requesterAddress,
		List<String> cc, String language) {

	public MailConversation {
		cc = (cc != null) ? List.copyOf(cc) : List.of();
	}

}
