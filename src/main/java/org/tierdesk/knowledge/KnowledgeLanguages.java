package org.tierdesk.knowledge;

import java.util.List;
import java.util.Locale;

import org.tierdesk.platform.InvalidInputException;

/**
 * The languages articles are written and searched in, each with its own analyzer
 * (stemming, stop words, accent folding).
 */
public final class KnowledgeLanguages {

	/** Supported languages, as ISO 639-1 codes. */
	public static final List<String> SUPPORTED = List.of("en", "nl", "id", "it", "fi");

	private KnowledgeLanguages() {
	}

	/** The code of a supported language, or a bad-input error naming the field. */
	public static String require(String language, String field) {
		String code = normalize(language);
		if (code == null) {
			throw new InvalidInputException(field, "knowledge.error.language", "Unsupported language '{0}'.",
					String.valueOf(language));
		}
		return code;
	}

	/**
	 * The supported language of this code or locale tag ({@code nl-BE} is Dutch), else
	 * null.
	 */
	public static String normalize(String language) {
		if (language == null || language.isBlank() || language.length() > 35) {
			return null;
		}
		String code = Locale.forLanguageTag(language.strip().replace('_', '-')).getLanguage();
		if ("in".equals(code)) {
			code = "id";
		}
		return SUPPORTED.contains(code) ? code : null;
	}

	/** The supported language of this code, or English. */
	public static String orEnglish(String language) {
		String code = normalize(language);
		return (code != null) ? code : "en";
	}

}
