package org.tierdesk.channel.email;

import java.util.Locale;

/**
 * A mailbox from an address header: the address and the display name (possibly empty).
 */
public record MailAddress(String email, String name) {

	public MailAddress {
		if (email == null || email.isBlank()) {
			throw new IllegalArgumentException("email must not be blank");
		}
		email = email.trim();
		name = name == null ? "" : name.trim();
	}

	/**
	 * The address in lower case, for comparisons.
	 */
	public String normalized() {
		return this.email.toLowerCase(Locale.ROOT);
	}

}
