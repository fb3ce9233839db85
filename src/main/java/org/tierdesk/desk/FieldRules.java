package org.tierdesk.desk;

import java.math.BigDecimal;

/**
 * The validation rules of a custom field; null means no such rule. {@code min} and
 * {@code max} bound numbers, the lengths and {@code pattern} bound text.
 */
public record FieldRules(BigDecimal min, BigDecimal max, Integer minLength, Integer maxLength, String pattern) {

	public static FieldRules none() {
		return new FieldRules(null, null, null, null, null);
	}

}
