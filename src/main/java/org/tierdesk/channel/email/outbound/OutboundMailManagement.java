package org.tierdesk.channel.email.outbound;

import java.util.List;
import java.util.Optional;

/**
 * The outgoing mail of the desk, for admins: what waits, what failed and why, what went
 * out; and sending a failed mail again.
 */
public interface OutboundMailManagement {

	/**
	 * The newest mails in this state (every state if null), at most {@code limit} (up to
	 * 500).
	 */
	List<OutboundMailView> list(OutboundMailStatus status, int limit);

	/** The mail with this id. */
	Optional<OutboundMailView> find(long id);

	/** How many mails are pending, failed and sent. */
	OutboundMailCounts counts();

	/**
	 * Puts a failed mail back in the queue to be sent at once, with a fresh series of
	 * attempts; a mail that is not failed is a conflict.
	 */
	OutboundMailView retry(long id);

	/**
	 * Whether mail can be sent at all: an SMTP host and a sender address are configured.
	 * Without them mail waits as pending.
	 */
	boolean sendingConfigured();

}
