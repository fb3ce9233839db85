package org.tierdesk.desk;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * A custom field definition as other modules and the screens see it. Its key and type
 * never change after creation, so stored values keep their meaning.
 */
public record CustomFieldView(long id, FieldEntity entity, String key, FieldType type, Map<String, String> labels,
		Map<String, String> helpTexts, boolean required, FieldRules rules, String defaultValue, FieldAudience visibleTo,
		FieldAudience editableBy, int position, List<FieldOption> options, boolean archived, long version) {

	/**
	 * The languages a label can be given in (those of the screens); English is the
	 * fallback.
	 */
	public static final List<String> LANGUAGES = org.tierdesk.platform.Languages.CODES;

	public CustomFieldView {
		labels = (labels != null) ? Map.copyOf(labels) : Map.of();
		helpTexts = (helpTexts != null) ? Map.copyOf(helpTexts) : Map.of();
		options = (options != null) ? List.copyOf(options) : List.of();
		rules = (rules != null) ? rules : FieldRules.none();
	}

	/** The label in this language, else the English one, else the key. */
	public String label(Locale locale) {
		return localized(this.labels, locale, this.key);
	}

	/** The help text in this language, else the English one, else null. */
	public String help(Locale locale) {
		return localized(this.helpTexts, locale, null);
	}

	/** The options still offered for new values. */
	public List<FieldOption> activeOptions() {
		return this.options.stream().filter((option) -> !option.archived()).toList();
	}

	public Optional<FieldOption> option(String optionKey) {
		return this.options.stream().filter((option) -> option.key().equals(optionKey)).findFirst();
	}

	/** The label of an option (also an archived one), or the stored key itself. */
	public String optionLabel(String optionKey, Locale locale) {
		return option(optionKey).map((option) -> option.label(locale)).orElse(optionKey);
	}

	public boolean visibleTo(FieldAudience who) {
		return this.visibleTo.includes(who);
	}

	public boolean editableBy(FieldAudience who) {
		return !this.archived && this.editableBy.includes(who);
	}

	static String localized(Map<String, String> texts, Locale locale, String fallback) {
		String language = (locale != null) ? locale.getLanguage() : "en";
		String text = texts.get(language);
		if (text == null || text.isBlank()) {
			text = texts.get("en");
		}
		return (text != null && !text.isBlank()) ? text : fallback;
	}

}
