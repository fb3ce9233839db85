package org.tierdesk.desk;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A kind of request a department offers ("New laptop", "Password reset"): its portal form
 * (which custom fields, in what order, which only under a condition) and the defaults its
 * tickets get. {@code priority} is an API name (low, normal, high, urgent) or null.
 */
public record RequestTypeView(long id, String key, Long departmentId, Map<String, String> names,
		Map<String, String> descriptions, List<FormField> fields, String priority, Long tierId, boolean active,
		int position, long version) {

	/** The priorities a request type may give its tickets. */
	public static final List<String> PRIORITIES = List.of("low", "normal", "high", "urgent");

	public RequestTypeView {
		names = (names != null) ? Map.copyOf(names) : Map.of();
		descriptions = (descriptions != null) ? Map.copyOf(descriptions) : Map.of();
		fields = (fields != null) ? List.copyOf(fields) : List.of();
	}

	/** The name in this language, else the English one, else the key. */
	public String name(Locale locale) {
		return CustomFieldView.localized(this.names, locale, this.key);
	}

	/** The description in this language, else the English one, else null. */
	public String description(Locale locale) {
		return CustomFieldView.localized(this.descriptions, locale, null);
	}

	/**
	 * One question of a request form: a custom field, whether this form requires it, and
	 * when it is shown (null: always).
	 */
	public record FormField(String key, boolean required, Condition showWhen) {
	}

	/**
	 * Show a field only when an earlier field of the form has one of these values (option
	 * keys for choices, true or false for a checkbox, the value as typed otherwise).
	 */
	public record Condition(String field, List<String> values) {

		public Condition {
			values = (values != null) ? List.copyOf(values) : List.of();
		}

	}

}
