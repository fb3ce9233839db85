package org.tierdesk.desk;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;

import org.tierdesk.platform.InvalidInputException;
import org.tierdesk.platform.Languages;

/**
 * What an admin sets for the branding: product name, colours (empty: the defaults),
 * portal welcome text per language and mail signatures (the desk's and per department).
 * Checked here: lengths, colours as {@code #rrggbb} dark enough for white text, known
 * languages. Texts are kept as typed; screens escape them and mails are plain text.
 */
public record SaveBrandingCommand(String productName, String primaryColor, String sidebarColor,
		Map<String, String> welcomeTexts, String defaultSignature, Map<Long, String> signatures) {

	public static final int PRODUCT_NAME_MAX = 100;

	public static final int TEXT_MAX = 2000;

	public SaveBrandingCommand {
		productName = text("productName", productName, PRODUCT_NAME_MAX);
		if (productName != null && productName.chars().anyMatch(Character::isISOControl)) {
			throw new InvalidInputException("productName", "validation.invalid", "This value is not valid.");
		}
		primaryColor = color("primaryColor", primaryColor);
		sidebarColor = color("sidebarColor", sidebarColor);
		Map<String, String> welcome = new TreeMap<>();
		if (welcomeTexts != null) {
			welcomeTexts.forEach((language, text) -> {
				String code = Languages.supported(language)
					.filter((l) -> l.getLanguage().equals(language))
					.map((l) -> l.getLanguage())
					.orElseThrow(() -> new InvalidInputException("welcomeTexts", "validation.oneOf",
							"Must be one of: {0}.", String.join(", ", Languages.CODES)));
				String value = text("welcomeTexts[" + code + "]", text, TEXT_MAX);
				if (value != null) {
					welcome.put(code, value);
				}
			});
		}
		welcomeTexts = Map.copyOf(welcome);
		defaultSignature = text("defaultSignature", defaultSignature, TEXT_MAX);
		Map<Long, String> kept = new LinkedHashMap<>();
		if (signatures != null) {
			signatures.forEach((department, text) -> {
				String value = text("signatures[" + department + "]", text, TEXT_MAX);
				if (department != null && value != null) {
					kept.put(department, value);
				}
			});
		}
		signatures = Map.copyOf(kept);
	}

	private static String text(String field, String value, int max) {
		if (value == null) {
			return null;
		}
		String text = value.replace("\r\n", "\n").replace('\r', '\n').strip();
		if (text.isEmpty()) {
			return null;
		}
		if (text.length() > max) {
			throw new InvalidInputException(field, "validation.tooLong", "At most {0} characters.", max);
		}
		return text;
	}

	private static String color(String field, String value) {
		return (value == null || value.isBlank()) ? null : HexColor.of(field, value).value();
	}

}
