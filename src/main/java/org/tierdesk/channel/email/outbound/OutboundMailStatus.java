package org.tierdesk.channel.email.outbound;

import java.util.Locale;
import java.util.Optional;

/**
 * Where an outgoing mail stands.
 */
public enum OutboundMailStatus {

	/** Waiting to be sent, or to be tried again after a failed attempt. */
	PENDING,
	/** Not sent: rejected for good, a failing address, or out of attempts. */
	FAILED,
	/** Accepted by the SMTP server. */
	SENT;

	public String apiName() {
		return name().toLowerCase(Locale.ROOT);
	}

	public static Optional<OutboundMailStatus> fromApiName(String value) {
		for (OutboundMailStatus status : values()) {
			if (status.apiName().equalsIgnoreCase(value)) {
				return Optional.of(status);
			}
		}
		return Optional.empty();
	}

}
