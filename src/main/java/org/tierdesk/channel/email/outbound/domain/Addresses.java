package org.tierdesk.channel.email.outbound.domain;

import java.io.UnsupportedEncodingException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;

import org.springframework.util.StringUtils;

/**
 * Mail addresses as the outgoing mail stores them: one header value per list, parsed and
 * written by Jakarta Mail so names with commas or non-ASCII letters survive.
 */
final class Addresses {

	private Addresses() {
	}

	/** An address with an optional display name, if the address is valid. */
	static Optional<InternetAddress> of(String email, String name) {
		if (!StringUtils.hasText(email)) {
			return Optional.empty();
		}
		try {
			InternetAddress address = new InternetAddress(email.strip(), true);
			if (StringUtils.hasText(name) && !name.strip().equalsIgnoreCase(email.strip())) {
				address.setPersonal(oneLine(name), "UTF-8");
			}
			return Optional.of(address);
		}
		catch (AddressException | UnsupportedEncodingException ex) {
			return Optional.empty();
		}
	}

	/** An address as configured, e.g. {@code Help Desk <help@example.com>}, if valid. */
	static Optional<InternetAddress> parse(String value) {
		if (!StringUtils.hasText(value)) {
			return Optional.empty();
		}
		try {
			InternetAddress[] addresses = InternetAddress.parse(value.strip(), true);
			return (addresses.length == 1) ? Optional.of(addresses[0]) : Optional.empty();
		}
		catch (AddressException ex) {
			return Optional.empty();
		}
	}

	/** The addresses of a stored header value. */
	static InternetAddress[] parseList(String header) throws AddressException {
		return StringUtils.hasText(header) ? InternetAddress.parseHeader(header, false) : new InternetAddress[0];
	}

	/** A list as a header value, or null when empty. */
	static String format(List<InternetAddress> addresses) {
		return addresses.isEmpty() ? null : InternetAddress.toUnicodeString(addresses.toArray(new InternetAddress[0]));
	}

	/** The addresses of a stored header value, for display; an unparsable value as is. */
	static List<String> split(String header) {
		if (!StringUtils.hasText(header)) {
			return List.of();
		}
		try {
			return Arrays.stream(InternetAddress.parseHeader(header, false))
				.map(InternetAddress::toUnicodeString)
				.toList();
		}
		catch (AddressException ex) {
			return List.of(header);
		}
	}

	/** The lower-case address, for comparisons. */
	static String key(InternetAddress address) {
		return address.getAddress().toLowerCase(Locale.ROOT);
	}

	static String domain(InternetAddress address) {
		String email = address.getAddress();
		int at = email.lastIndexOf('@');
		return (at >= 0 && at < email.length() - 1) ? email.substring(at + 1).toLowerCase(Locale.ROOT) : null;
	}

	/** Text safe for a header: no line breaks or control characters. */
	static String oneLine(String text) {
		return (text != null) ? text.replaceAll("[\\p{Cntrl}\\s]+", " ").strip() : "";
	}

}
