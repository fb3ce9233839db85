package org.tierdesk.desk;

import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.tierdesk.desk.RequestTypeView.Condition;
import org.tierdesk.desk.RequestTypeView.FormField;
import org.tierdesk.platform.InvalidInputException;

/**
 * The conditional rules of request forms, in pure Java: which questions a form shows for
 * the answers given so far. A condition may only look at an earlier question, so one pass
 * in form order decides everything, and a question whose condition looks at a hidden
 * question is hidden too.
 */
public final class RequestForms {

	private RequestForms() {
	}

	/** The keys of the questions shown, in form order. */
	public static Set<String> shown(List<FormField> form, Map<String, FieldValue> values) {
		Set<String> shown = new LinkedHashSet<>();
		for (FormField field : form) {
			if (field.showWhen() == null || holds(field.showWhen(), shown, values)) {
				shown.add(field.key());
			}
		}
		return shown;
	}

	/** Whether a condition holds, given the questions shown before it and the answers. */
	static boolean holds(Condition condition, Set<String> shownBefore, Map<String, FieldValue> values) {
		if (!shownBefore.contains(condition.field())) {
			return false;
		}
		FieldValue value = values.get(condition.field());
		if (value == null) {
			return false;
		}
		for (String wanted : condition.values()) {
			if (value.type().hasOptions() ? value.has(wanted) : wanted.equalsIgnoreCase(value.canonical())) {
				return true;
			}
		}
		return false;
	}

	/**
	 * Refuses a form with an unknown or repeated field, or with a condition on a question
	 * that is not asked before, or on an option the field does not have.
	 */
	public static void check(List<FormField> form, Map<String, CustomFieldView> fields) {
		Set<String> earlier = new HashSet<>();
		for (FormField field : form) {
			if (!fields.containsKey(field.key())) {
				throw new InvalidInputException("fields", "requestTypes.form.unknownField", "There is no field {0}.",
						field.key());
			}
			if (earlier.contains(field.key())) {
				throw new InvalidInputException("fields", "requestTypes.form.twice",
						"The field {0} is on the form twice.", field.key());
			}
			Condition condition = field.showWhen();
			if (condition != null) {
				if (!earlier.contains(condition.field())) {
					throw new InvalidInputException("fields", "requestTypes.form.conditionOrder",
							"{0} can only depend on a question asked before it.", field.key());
				}
				if (condition.values().isEmpty()) {
					throw new InvalidInputException("fields", "requestTypes.form.conditionValues",
							"Give the value(s) of {0} that show {1}.", condition.field(), field.key());
				}
				CustomFieldView on = fields.get(condition.field());
				if (on.type().hasOptions()) {
					for (String value : condition.values()) {
						if (on.option(value).isEmpty()) {
							throw new InvalidInputException("fields", "requestTypes.form.conditionOption",
									"{0} has no option {1}.", condition.field(), value);
						}
					}
				}
			}
			earlier.add(field.key());
		}
	}

}
