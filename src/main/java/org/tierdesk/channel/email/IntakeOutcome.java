package org.tierdesk.channel.email;

/**
 * What became of a received mail.
 */
public enum IntakeOutcome {

	/** It opened a new ticket. */
	OPENED,
	/** It was added to the ticket it replies to. */
	APPENDED,
	/** The same message was received before; nothing new was stored. */
	DUPLICATE,
	/**
	 * An auto-reply, delivery report, feedback report or bulk mail: recorded, no ticket.
	 */
	AUTOMATED,
	/**
	 * A bounce: recorded, attached to the ticket whose mail bounced, address marked
	 * failing.
	 */
	BOUNCE,
	/** Mail this desk sent itself came back in: recorded, nothing else. */
	LOOP,
	/** The sender sent more than the limit allows in the window: recorded, no ticket. */
	RATE_LIMITED,
	/** It could not be processed: kept with its raw source for an admin. */
	QUARANTINED,
	/** A kept mail that was processed again later (see the newer record). */
	REPROCESSED,
	/** A kept mail an admin discarded. */
	DISCARDED;

	/** Whether the mail became (part of) a ticket. */
	public boolean ticket() {
		return this == OPENED || this == APPENDED;
	}

}
