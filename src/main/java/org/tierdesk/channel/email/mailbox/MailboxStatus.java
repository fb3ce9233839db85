package org.tierdesk.channel.email.mailbox;

import java.time.Instant;

/**
 * How polling a mailbox went: when it was last polled and last succeeded, the last
 * problem, how many messages the last poll and all polls handed to the desk, and which
 * node holds the lease while a poll runs.
 */
public record MailboxStatus(Instant nextPollAt, Instant lastPollAt, Instant lastSuccessAt, MailboxProblem lastError,
		String lastErrorDetail, Instant lastErrorAt, Integer lastPollCount, long receivedCount, String leaseOwner,
		Instant leaseUntil) {

	/** Whether the last poll failed. */
	public boolean failing() {
		return this.lastErrorAt != null && (this.lastSuccessAt == null || this.lastErrorAt.isAfter(this.lastSuccessAt));
	}

	/** Whether a node holds the lease at this instant, i.e. is polling now. */
	public boolean polling(Instant now) {
		return this.leaseOwner != null && this.leaseUntil != null && this.leaseUntil.isAfter(now);
	}

}
