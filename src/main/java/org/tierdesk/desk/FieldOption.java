package org.tierdesk.desk;

import java.util.Locale;
import java.util.Map;

/**
 * One option of a choice field: a stable key (what is stored) and a label per language.
 * An archived option is no longer offered, but values that use it stay readable.
 */
public record FieldOption(String key, Map<String, String> labels, boolean archived) {

	public FieldOption {
		labels = (labels != null) ? Map.copyOf(labels) : Map.of();
	}

	/** The label in this language, else the English one, else the key. */
	public String label(Locale locale) {
		return CustomFieldView.localized(this.labels, locale, this.key);
	}

}
