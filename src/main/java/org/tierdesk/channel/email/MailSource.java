package org.tierdesk.channel.email;

/**
 * Where a mail came from: a configured mailbox (polled, or receiving directly by SMTP or
 * the gateway), with the support address, department and tier its new tickets go to; null
 * department or tier mean the desk's defaults.
 */
public record MailSource(String name, Long mailboxId, String supportAddress, Long departmentId, Long tierId) {

	public MailSource {
		if (name == null || name.isBlank()) {
			throw new IllegalArgumentException("name must not be blank");
		}
		name = (name.length() > 120) ? name.substring(0, 120) : name;
	}

	/** A mail handed over by a mail server through the HTTP gateway or pipe. */
	public static MailSource gateway(String supportAddress) {
		return new MailSource("gateway", null, supportAddress, null, null);
	}

}
