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
	 * Rejects the field the error names (or one of {@code fieldsByKey} for errors without
	 * a field, such as conflicts), else the whole form.
	 */
	public static void reject(BindingResult form, DomainException ex, Map<String, String> fieldsByKey) {
		String field = (ex instanceof InvalidInputException invalid) ? invalid.getField() : null;
		if (field == null) {
			field = fieldsByKey.get(ex.getMessageKey());
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
