package org.tierdesk.channel.email;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;

/**
 * Turns the bytes of a text part into a string, choosing a sensible charset when the
 * declared one is missing, unknown or wrong.
 */
final class TextDecoding {

	private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

	private static final Map<String, String> ALIASES = Map.of("iso-8859-8-i", "iso-8859-8", "ks_c_5601-1987",
			"x-windows-949", "x-unknown", "utf-8", "unicode-1-1-utf-7", "utf-8", "utf8", "utf-8", "cp-850", "ibm850",
			"ansi_x3.4-1968", "windows-1252", "us-ascii", "windows-1252", "iso-8859-1", "windows-1252");

	private TextDecoding() {
	}

	/**
	 * The charset for a MIME charset name: ISO-8859-1 and US-ASCII read as their superset
	 * Windows-1252, unknown names as UTF-8.
	 */
	static Charset charset(String mimeCharset) {
		if (mimeCharset == null || mimeCharset.isBlank()) {
			return StandardCharsets.UTF_8;
		}
		String name = mimeCharset.trim().replace("\"", "").toLowerCase(Locale.ROOT);
		name = ALIASES.getOrDefault(name, name);
		try {
			return Charset.forName(name);
		}
		catch (RuntimeException ex) {
			return StandardCharsets.UTF_8;
		}
	}

	/**
	 * Decodes strictly with the declared charset, and falls back to Windows-1252 when the
	 * bytes are not valid in it.
	 */
	static String decode(byte[] bytes, String mimeCharset) {
		Charset charset = charset(mimeCharset);
		try {
			CharBuffer chars = charset.newDecoder()
				.onMalformedInput(CodingErrorAction.REPORT)
				.onUnmappableCharacter(CodingErrorAction.REPORT)
				.decode(ByteBuffer.wrap(bytes));
			return stripBom(chars.toString());
		}
		catch (CharacterCodingException ex) {
			Charset fallback = charset.equals(StandardCharsets.UTF_8) ? WINDOWS_1252 : StandardCharsets.UTF_8;
			try {
				return stripBom(fallback.newDecoder()
					.onMalformedInput(CodingErrorAction.REPORT)
					.onUnmappableCharacter(CodingErrorAction.REPORT)
					.decode(ByteBuffer.wrap(bytes))
					.toString());
			}
			catch (CharacterCodingException again) {
				return stripBom(new String(bytes, charset));
			}
		}
	}

	private static String stripBom(String text) {
		return text.startsWith("\uFEFF") ? text.substring(1) : text;
	}

}
