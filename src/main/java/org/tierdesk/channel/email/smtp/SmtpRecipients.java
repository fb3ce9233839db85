package org.tierdesk.channel.email.smtp;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.springframework.beans.factory.ObjectProvider;
import org.tierdesk.channel.email.MailSource;
import org.tierdesk.channel.email.SupportAddresses;

/**
 * Which envelope recipients the SMTP receiver accepts, and where their mail goes: a
 * mailbox's support address (department and tier of that mailbox) or one of the
 * configured extra addresses (the desk's defaults). Case-insensitive.
 */
class SmtpRecipients {

	static final String SOURCE_NAME = "smtp";

	private final ObjectProvider<SupportAddresses> supportAddresses;

	private final Map<String, String> configured = new LinkedHashMap<>();

	SmtpRecipients(ObjectProvider<SupportAddresses> supportAddresses, List<String> configured) {
		this.supportAddresses = supportAddresses;
		configured.forEach((address) -> this.configured.putIfAbsent(normalize(address), address));
	}

	/** The source for mail to this address, or empty if it is not one of ours. */
	Optional<MailSource> sourceFor(String address) {
		if (address == null || address.isBlank()) {
			return Optional.empty();
		}
		String plain = strip(address);
		SupportAddresses mailboxes = this.supportAddresses.getIfAvailable();
		if (mailboxes != null) {
			Optional<MailSource> found = mailboxes.sourceFor(plain);
			if (found.isPresent()) {
				return found;
			}
		}
		String listed = this.configured.get(normalize(plain));
		return (listed != null) ? Optional.of(new MailSource(SOURCE_NAME, null, listed, null, null)) : Optional.empty();
	}

	private static String strip(String address) {
		String plain = address.strip();
		if (plain.startsWith("<") && plain.endsWith(">")) {
			plain = plain.substring(1, plain.length() - 1).strip();
		}
		return plain;
	}

	private static String normalize(String address) {
		return strip(address).toLowerCase(Locale.ROOT);
	}

}
