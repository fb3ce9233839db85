package org.tierdesk.channel.email;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import org.apache.james.mime4j.codec.DecodeMonitor;
import org.apache.james.mime4j.codec.DecoderUtil;
import org.apache.james.mime4j.stream.NameValuePair;
import org.apache.james.mime4j.stream.RawBody;
import org.apache.james.mime4j.stream.RawField;
import org.apache.james.mime4j.stream.RawFieldParser;

/**
 * Reads a parameter of a structured header field, decoding RFC 2231 (charset, language
 * and continuations) and, as mail clients do, RFC 2047 encoded words inside quoted
 * values.
 */
final class MimeParameters {

	private MimeParameters() {
	}

	/**
	 * The decoded value of the parameter, or {@code null}.
	 */
	static String parameter(String fieldName, String fieldBody, String parameter) {
		if (fieldBody == null) {
			return null;
		}
		RawBody body = RawFieldParser.DEFAULT.parseRawBody(new RawField(fieldName, fieldBody));
		List<NameValuePair> params = body.getParams();
		String wanted = parameter.toLowerCase(Locale.ROOT);
		String plain = null;
		String extended = null;
		Map<Integer, String[]> sections = new TreeMap<>();
		for (NameValuePair pair : params) {
			String name = pair.getName().toLowerCase(Locale.ROOT).trim();
			String value = pair.getValue() == null ? "" : pair.getValue();
			if (name.equals(wanted)) {
				plain = value;
			}
			else if (name.equals(wanted + "*")) {
				extended = value;
			}
			else if (name.startsWith(wanted + "*")) {
				String rest = name.substring(wanted.length() + 1);
				boolean encoded = rest.endsWith("*");
				String number = encoded ? rest.substring(0, rest.length() - 1) : rest;
				try {
					sections.put(Integer.parseInt(number), new String[] { value, encoded ? "*" : "" });
				}
				catch (NumberFormatException ex) {
					// not a continuation
				}
			}
		}
		if (extended != null) {
			return decodeExtended(extended, null);
		}
		if (!sections.isEmpty()) {
			return joinSections(sections);
		}
		return (plain != null) ? decodeWords(plain) : null;
	}

	private static String joinSections(Map<Integer, String[]> sections) {
		String charset = null;
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		boolean first = true;
		for (String[] section : sections.values()) {
			String value = section[0];
			boolean encoded = !section[1].isEmpty();
			if (first && encoded) {
				int a = value.indexOf('\'');
				int b = (a >= 0) ? value.indexOf('\'', a + 1) : -1;
				if (b > a) {
					charset = value.substring(0, a);
					value = value.substring(b + 1);
				}
			}
			first = false;
			byte[] part = encoded ? percentDecode(value) : value.getBytes(StandardCharsets.ISO_8859_1);
			bytes.write(part, 0, part.length);
		}
		String joined = TextDecoding.decode(bytes.toByteArray(), charset);
		return (charset == null) ? decodeWords(joined) : joined;
	}

	private static String decodeExtended(String value, String charset) {
		int a = value.indexOf('\'');
		int b = (a >= 0) ? value.indexOf('\'', a + 1) : -1;
		if (b > a) {
			charset = value.substring(0, a);
			value = value.substring(b + 1);
		}
		return TextDecoding.decode(percentDecode(value), charset);
	}

	private static byte[] percentDecode(String value) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		for (int i = 0; i < value.length(); i++) {
			char c = value.charAt(i);
			if (c == '%' && i + 2 < value.length() + 0 && isHex(value.charAt(i + 1)) && isHex(value.charAt(i + 2))) {
				out.write(Integer.parseInt(value.substring(i + 1, i + 3), 16));
				i += 2;
			}
			else {
				byte[] b = String.valueOf(c).getBytes(StandardCharsets.UTF_8);
				out.write(b, 0, b.length);
			}
		}
		return out.toByteArray();
	}

	private static boolean isHex(char c) {
		return Character.digit(c, 16) >= 0;
	}

	/**
	 * Decodes RFC 2047 encoded words, leaving the text as it is when they are broken.
	 */
	static String decodeWords(String text) {
		if (text == null) {
			return null;
		}
		try {
			return DecoderUtil.decodeEncodedWords(text, DecodeMonitor.SILENT);
		}
		catch (RuntimeException ex) {
			return text;
		}
	}

}
