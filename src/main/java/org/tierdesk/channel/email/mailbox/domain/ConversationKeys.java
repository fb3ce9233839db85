package org.tierdesk.channel.email.mailbox.domain;

import java.io.IOException;
import java.io.InputStream;
import java.io.UnsupportedEncodingException;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.InternetHeaders;
import jakarta.mail.internet.MimeUtility;

import org.tierdesk.channel.email.RawMail;

/**
 * What could tie a message to another one of the same poll: its sender, its own
 * Message-ID, the Message-IDs it answers ({@code In-Reply-To}, {@code References}) and
 * the numbers in its subject (a ticket number). Two messages that share a key are taken
 * in one after the other, in the order of the mailbox, so that a reply never overtakes
 * the mail it answers, a duplicate is recognised as one and the per-sender limit counts
 * in order. The keys are deliberately broad: sharing one only costs parallelism.
 */
final class ConversationKeys {

	/** The key of messages whose header cannot be read: all taken in one by one. */
	static final String UNREADABLE = "unreadable";

	private static final Pattern MESSAGE_ID = Pattern.compile("<([^<>\\s]+)>");

	private static final Pattern ADDRESS = Pattern.compile("[^\\s<>\"(),;:]+@[^\\s<>\"(),;:]+");

	private static final Pattern NUMBER = Pattern.compile("\\d+");

	private ConversationKeys() {
	}

	static Set<String> of(RawMail raw) {
		try (InputStream in = raw.open()) {
			return of(new InternetHeaders(in, true));
		}
		catch (IOException | MessagingException | RuntimeException ex) {
			return Set.of(UNREADABLE);
		}
	}

	static Set<String> of(InternetHeaders headers) {
		Set<String> keys = new LinkedHashSet<>();
		String from = first(headers, "From");
		if (from == null) {
			from = first(headers, "Sender");
		}
		if (from != null) {
			Matcher address = ADDRESS.matcher(from);
			keys.add("from:" + (address.find() ? address.group() : from.strip()).toLowerCase(Locale.ROOT));
		}
		for (String name : new String[] { "Message-ID", "In-Reply-To", "References" }) {
			String value = all(headers, name);
			if (value != null) {
				Matcher id = MESSAGE_ID.matcher(value);
				while (id.find()) {
					keys.add("id:" + id.group(1).toLowerCase(Locale.ROOT));
				}
			}
		}
		String subject = first(headers, "Subject");
		if (subject != null) {
			Matcher number = NUMBER.matcher(decoded(subject));
			while (number.find()) {
				keys.add("number:" + number.group().replaceFirst("^0+(?=\\d)", ""));
			}
		}
		return keys.isEmpty() ? Set.of(UNREADABLE) : keys;
	}

	private static String first(InternetHeaders headers, String name) {
		String[] values = headers.getHeader(name);
		return (values != null && values.length > 0) ? values[0] : null;
	}

	private static String all(InternetHeaders headers, String name) {
		String[] values = headers.getHeader(name);
		return (values != null && values.length > 0) ? String.join(" ", values) : null;
	}

	private static String decoded(String subject) {
		try {
			return MimeUtility.decodeText(MimeUtility.unfold(subject));
		}
		catch (UnsupportedEncodingException | RuntimeException ex) {
			return subject;
		}
	}

}
