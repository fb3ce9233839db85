package org.tierdesk.desk;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Reads custom-field values from a submitted HTML form: an input named
 * {@code field.<key>} per field (several for a multiple choice), and a hidden
 * {@code _field.<key>} beside each checkbox and multiple choice, so that an unticked box
 * or an empty choice clears the field.
 */
public final class FormFields {

	public static final String PREFIX = "field.";

	public static final String MARKER = "_field.";

	private FormFields() {
	}

	/** The values by field key, as {@code TicketManagement} takes them. */
	public static Map<String, Object> read(Map<String, ? extends List<String>> parameters) {
		Map<String, Object> values = new LinkedHashMap<>();
		for (Map.Entry<String, ? extends List<String>> parameter : parameters.entrySet()) {
			String name = parameter.getKey();
			List<String> given = (parameter.getValue() != null) ? parameter.getValue() : List.of();
			if (name.startsWith(PREFIX)) {
				values.put(name.substring(PREFIX.length()), (given.size() == 1) ? given.get(0) : List.copyOf(given));
			}
			else if (name.startsWith(MARKER)) {
				// nothing ticked or chosen: the field is cleared
				values.putIfAbsent(name.substring(MARKER.length()), "");
			}
		}
		return values;
	}

	/**
	 * What to show in a form's field inputs: what was entered (after an error elsewhere),
	 * else the field's default; an entry that cannot be read is shown empty.
	 */
	public static Map<String, FieldValue> shown(List<CustomFieldView> fields, Map<String, Object> entered,
			Locale locale) {
		Map<String, FieldValue> values = new HashMap<>();
		for (CustomFieldView field : fields) {
			Object raw = entered.containsKey(field.key()) ? entered.get(field.key()) : field.defaultValue();
			try {
				FieldValue value = FieldValues.parse(field, raw, locale);
				if (value != null) {
					values.put(field.key(), value);
				}
			}
			catch (FieldValueException ex) {
				// shown empty; the form's error message says why
			}
		}
		return values;
	}

}
