package org.tierdesk.channel.email;

import java.util.List;

/**
 * The failed recipients of a bounce; hard when every failure is permanent (5.x.x).
 */
public record Bounce(List<FailedRecipient> recipients) {

	public Bounce {
		recipients = List.copyOf(recipients);
	}

	/**
	 * Whether every failure is permanent.
	 */
	public boolean hard() {
		return !this.recipients.isEmpty() && this.recipients.stream().allMatch(FailedRecipient::hard);
	}

}
