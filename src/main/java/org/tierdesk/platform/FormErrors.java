package org.tierdesk.platform;

import java.util.Map;

import org.springframework.beans.BeanUtils;
import org.springframework.validation.BindingResult;

/**
 * Puts a business error on the form that caused it, so a screen shows it next to the
 * field instead of an error page.
 */
public final class FormErrors {

	private FormErrors() {
	}

	/**
	 * Rejects the form field the error concerns, else the whole form. {@code fields} maps
	 * the desk's field names (e.g. {@code requester.email}) or, for errors without a
	 * field such as conflicts, message keys to the form's field names; a field the form
	 * does not have goes above the form.
	 */
	public static void reject(BindingResult form, DomainException ex, Map<String, String> fields) {
		String field = null;
		if (ex instanceof InvalidInputException invalid && invalid.getField() != null) {
			field = fields.getOrDefault(invalid.getField(), invalid.getField());
		}
		if (field == null) {
			field = fields.get(ex.getMessageKey());
		}
		if (field != null && form.getTarget() != null
				&& BeanUtils.getPropertyDescriptor(form.getTarget().getClass(), field) != null) {
			form.rejectValue(field, ex.getMessageKey(), ex.getArgs(), ex.getMessage());
		}
		else {
			form.reject(ex.getMessageKey(), ex.getArgs(), ex.getMessage());
		}
	}

	/** Rejects the field the error names, else the whole form. */
	public static void reject(BindingResult form, DomainException ex) {
		reject(form, ex, Map.of());
	}

}
