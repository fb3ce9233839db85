package org.tierdesk.channel.email.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.apache.james.mime4j.codec.DecodeMonitor;
import org.apache.james.mime4j.codec.DecoderUtil;
import org.tierdesk.channel.email.MailHeaders;

/**
 * The header fields an admin looks at to judge a kept mail (who sent it to whom, when,
 * and the fields that mark automated mail), read from the head of its original without
 * parsing the rest: a mail the parser refused still shows them.
 */
record MailHeaderSummary(List<MailHeaders.Field> fields) {

	static final List<String> SHOWN = List.of("From", "Sender", "Reply-To", "To", "Cc", "Date", "Subject", "Message-ID",
			"In-Reply-To", "Return-Path", "Auto-Submitted", "Precedence", "List-Id", "X-Autoreply", "X-Autorespond",
			"X-Failed-Recipients", "Content-Type");

	/** How much of the original is read at most. */
	static final int HEAD_LIMIT = 64 * 1024;

	static final int VALUE_LIMIT = 1000;

	static MailHeaderSummary read(InputStream raw) {
		byte[] head;
		try {
			head = raw.readNBytes(HEAD_LIMIT);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		List<MailHeaders.Field> all = new ArrayList<>();
		StringBuilder current = null;
		for (String line : decode(head, headerEnd(head)).split("\r\n|\r|\n", -1)) {
			if (line.isEmpty()) {
				break;
			}
			if ((line.charAt(0) == ' ' || line.charAt(0) == '\t') && current != null) {
				current.append(' ').append(line.strip());
				continue;
			}
			add(all, current);
			current = new StringBuilder(line);
		}
		add(all, current);
		List<MailHeaders.Field> shown = new ArrayList<>();
		for (String name : SHOWN) {
			all.stream().filter((f) -> f.name().equalsIgnoreCase(name)).forEach(shown::add);
		}
		return new MailHeaderSummary(shown);
	}

	private static void add(List<MailHeaders.Field> fields, StringBuilder line) {
		if (line == null) {
			return;
		}
		int colon = line.indexOf(":");
		if (colon <= 0) {
			return;
		}
		String name = line.substring(0, colon).strip();
		String value = DecoderUtil.decodeEncodedWords(line.substring(colon + 1).strip(), DecodeMonitor.SILENT);
		if (value.length() > VALUE_LIMIT) {
			value = value.substring(0, VALUE_LIMIT) + "…";
		}
		fields.add(new MailHeaders.Field(canonical(name), value));
	}

	private static String canonical(String name) {
		return SHOWN.stream().filter(name::equalsIgnoreCase).findFirst().orElse(name.toLowerCase(Locale.ROOT));
	}

	/** Where the header section ends: at the first empty line (or all of the head). */
	private static int headerEnd(byte[] head) {
		for (int i = 0; i < head.length; i++) {
			if (head[i] == '\n'
					&& (i == 0 || head[i - 1] == '\n' || (head[i - 1] == '\r' && i >= 2 && head[i - 2] == '\n'))) {
				return i;
			}
		}
		return head.length;
	}

	/**
	 * UTF-8 where the bytes are valid UTF-8 (internationalised mail), else Latin-1.
	 */
	private static String decode(byte[] bytes, int length) {
		try {
			return StandardCharsets.UTF_8.newDecoder()
				.onMalformedInput(CodingErrorAction.REPORT)
				.onUnmappableCharacter(CodingErrorAction.REPORT)
				.decode(ByteBuffer.wrap(bytes, 0, length))
				.toString();
		}
		catch (CharacterCodingException ex) {
			return new String(bytes, 0, length, StandardCharsets.ISO_8859_1);
		}
	}

}
