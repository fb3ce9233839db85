package org.tierdesk.channel.email.outbound;

/**
 * How many outgoing mails are in each state.
 */
public record OutboundMailCounts(long pending, long failed, long sent) {

	public long of(OutboundMailStatus status) {
		return switch (status) {
			case PENDING -> this.pending;
			case FAILED -> this.failed;
			case SENT -> this.sent;
		};
	}

}
