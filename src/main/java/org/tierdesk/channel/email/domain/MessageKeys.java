package org.tierdesk.channel.email.domain;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;

/**
 * The key under which a Message-ID is stored: SHA-256 of the id without angle brackets,
 * trimmed and in lower case (ids of any length fit an index).
 */
final class MessageKeys {

	private MessageKeys() {
	}

	static String normalize(String messageId) {
		String id = (messageId == null) ? "" : messageId.strip();
		if (id.startsWith("<") && id.endsWith(">") && id.length() > 2) {
			id = id.substring(1, id.length() - 1).strip();
		}
		return id;
	}

	static String of(String messageId) {
		return sha256("mid:" + normalize(messageId).toLowerCase(Locale.ROOT));
	}

	static String sha256(String value) {
		try {
			MessageDigest digest = MessageDigest.getInstance("SHA-256");
			return HexFormat.of().formatHex(digest.digest(value.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
