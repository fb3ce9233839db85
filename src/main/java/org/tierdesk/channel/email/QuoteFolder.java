package org.tierdesk.channel.email;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Splits a plain-text body into the new text, the signature and the quoted history, for
 * the clients' usual styles: '>' quotes, "On … wrote:" attributions in several languages,
 * Outlook "-----Original Message-----" and "From:/Sent:" header blocks, and the "-- "
 * signature delimiter.
 */
public class QuoteFolder {

	private static final Pattern ATTRIBUTION = Pattern.compile(
			"^\\s*>?\\s*(?:On|Am|Le|El|Il|Op|Em|Den|På|Pada|Dne|"
					+ "W dniu|Στις|\\d{1,4}[./-]).{0,200}(?:wrote|schrieb|a écrit|escribió|ha scritto|scrisse|schreef|"
					+ "escreveu|skrev|menulis|kirjoitti|napsal|napisał|έγραψε)(?:\\s*:|\\s+.{0,120}:)?\\s*$",
			Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

	private static final Pattern NAME_FIRST_ATTRIBUTION = Pattern.compile(
			"^\\s*.{0,120}<[^<>\\s]+@[^<>\\s]+>\\s+(?:kirjoitti|skrev|schreef|wrote|napsal|schrieb)\\b.{0,80}:\\s*$",
			Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

	private static final Pattern ORIGINAL_MESSAGE = Pattern.compile(
			"^\\s*[-_]*\\s*(?:Original Message|"
					+ "Ursprüngliche Nachricht|Oorspronkelijk bericht|Message d'origine|Messaggio originale|Pesan Asli|"
					+ "Alkuperäinen viesti|Mensaje original|Originalmeddelande)\\s*[-_]*\\s*$",
			Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

	private static final Pattern HEADER_FROM = Pattern.compile(
			"^\\s*\\*?(?:From|Von|Van|De|Da|Dari|Lähettäjä|Från|Fra)\\s*:\\*?\\s.*",
			Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

	private static final Pattern HEADER_SENT = Pattern
		.compile("^\\s*\\*?(?:Sent|Date|Gesendet|Datum|Verzonden|Envoyé|Inviato|Data|Dikirim|Tanggal|Lähetetty|Skickat|"
				+ "Sendt|Enviado|Fecha)\\s*:\\*?\\s.*", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

	private static final Pattern SEPARATOR = Pattern.compile("^\\s*[_-]{8,}\\s*$");

	private static final Pattern FORWARDED = Pattern.compile("forwarded message|doorgestuurd bericht|"
			+ "weitergeleitete nachricht|messaggio inoltrato|pesan terusan|edelleenlähetetty viesti|begin forwarded",
			Pattern.CASE_INSENSITIVE);

	/**
	 * Folds the quoted history and the signature away from the new text.
	 */
	public FoldedText fold(String body) {
		String text = (body == null) ? "" : body.replace("\r\n", "\n").replace('\r', '\n');
		List<String> lines = List.of(text.split("\n", -1));
		int start = quoteStart(lines);
		List<String> own = new ArrayList<>();
		List<String> quoted = new ArrayList<>();
		if (start >= 0 && hasText(lines.subList(0, start))) {
			own.addAll(lines.subList(0, start));
			quoted.addAll(lines.subList(start, lines.size()));
		}
		else {
			// bottom-posted or interleaved: the own text is every line that is not quoted
			for (int i = 0; i < lines.size(); i++) {
				String line = lines.get(i);
				boolean attribution = ATTRIBUTION.matcher(line).matches() || (i + 1 < lines.size()
						&& lines.get(i + 1).trim().startsWith(">") && line.trim().endsWith(":") && i == start);
				if (line.trim().startsWith(">") || attribution) {
					quoted.add(line);
				}
				else {
					own.add(line);
				}
			}
		}
		int signature = signatureStart(own);
		String reply = String.join("\n", (signature >= 0) ? own.subList(0, signature) : own).strip();
		String sig = (signature >= 0) ? String.join("\n", own.subList(signature, own.size())).strip() : "";
		return new FoldedText(reply, sig, String.join("\n", quoted).strip(), String.join("\n", own).strip());
	}

	private int quoteStart(List<String> lines) {
		for (int i = 0; i < lines.size(); i++) {
			String line = lines.get(i);
			if (forwardedAbove(lines, i)) {
				continue;
			}
			if (ORIGINAL_MESSAGE.matcher(line).matches()) {
				return i;
			}
			if (ATTRIBUTION.matcher(line).matches() || NAME_FIRST_ATTRIBUTION.matcher(line).matches()) {
				return i;
			}
			if (i + 1 < lines.size() && line.trim().matches("(?i)^(On|Am|Le|Op|Pada|Il)\\s.*")
					&& ATTRIBUTION.matcher(line.trim() + " " + lines.get(i + 1).trim()).matches()) {
				return i;
			}
			if (HEADER_FROM.matcher(line).matches() && headerBlock(lines, i)) {
				return (i > 0 && SEPARATOR.matcher(lines.get(i - 1)).matches()) ? i - 1 : i;
			}
			if (line.trim().startsWith(">") && quotedToEnd(lines, i)) {
				return i;
			}
		}
		return -1;
	}

	private boolean forwardedAbove(List<String> lines, int i) {
		for (int j = Math.max(0, i - 2); j <= i; j++) {
			if (FORWARDED.matcher(lines.get(j)).find()) {
				return true;
			}
		}
		return false;
	}

	private boolean headerBlock(List<String> lines, int from) {
		for (int i = from + 1; i < Math.min(lines.size(), from + 5); i++) {
			if (HEADER_SENT.matcher(lines.get(i)).matches()) {
				return true;
			}
		}
		return false;
	}

	private boolean quotedToEnd(List<String> lines, int from) {
		for (int i = from; i < lines.size(); i++) {
			String line = lines.get(i).trim();
			if (!line.isEmpty() && !line.startsWith(">")) {
				return false;
			}
		}
		return true;
	}

	private int signatureStart(List<String> lines) {
		for (int i = 0; i < lines.size(); i++) {
			String line = lines.get(i);
			if (line.equals("-- ") || line.equals("--") || line.equals("—")) {
				return i;
			}
		}
		return -1;
	}

	private boolean hasText(List<String> lines) {
		return lines.stream().anyMatch((l) -> !l.isBlank());
	}

}
