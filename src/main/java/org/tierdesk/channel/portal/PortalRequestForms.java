package org.tierdesk.channel.portal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;
import org.tierdesk.desk.CustomFieldManagement;
import org.tierdesk.desk.CustomFieldView;
import org.tierdesk.desk.FieldAudience;
import org.tierdesk.desk.FieldEntity;
import org.tierdesk.desk.FieldValue;
import org.tierdesk.desk.FieldValueException;
import org.tierdesk.desk.FieldValues;
import org.tierdesk.desk.RequestForms;
import org.tierdesk.desk.RequestTypeManagement;
import org.tierdesk.desk.RequestTypeView;
import org.tierdesk.desk.RequestTypeView.Condition;
import org.tierdesk.desk.RequestTypeView.FormField;

/**
 * The questions of the portal's request form: every custom field customers fill in, or,
 * for a request type, that type's questions in its order with their conditions (and any
 * field the desk requires of every request).
 */
@Component
class PortalRequestForms {

	private final CustomFieldManagement fields;

	private final RequestTypeManagement types;

	PortalRequestForms(CustomFieldManagement fields, RequestTypeManagement types) {
		this.fields = fields;
		this.types = types;
	}

	List<RequestTypeView> types() {
		return this.types.activeRequestTypes();
	}

	/** The form for a request type's key, or the general form (unknown or no key). */
	Form form(String typeKey) {
		List<CustomFieldView> customer = this.fields.fields(FieldEntity.TICKET)
			.stream()
			.filter((field) -> field.editableBy(FieldAudience.CUSTOMER))
			.toList();
		RequestTypeView type = (typeKey == null || typeKey.isBlank()) ? null
				: types().stream().filter((t) -> t.key().equals(typeKey.strip())).findFirst().orElse(null);
		if (type == null) {
			return new Form(null, customer.stream().map((f) -> new Question(f, f.required(), null)).toList());
		}
		Map<String, CustomFieldView> byKey = customer.stream()
			.collect(Collectors.toMap(CustomFieldView::key, Function.identity()));
		List<Question> questions = new ArrayList<>();
		for (FormField asked : type.fields()) {
			CustomFieldView field = byKey.remove(asked.key());
			if (field != null) {
				questions.add(new Question(field, asked.required() || field.required(), asked.showWhen()));
			}
		}
		// a field the desk requires of every request is asked on every form
		customer.stream()
			.filter((field) -> field.required() && byKey.containsKey(field.key()))
			.forEach((field) -> questions.add(new Question(field, true, null)));
		return new Form(type, questions);
	}

	/**
	 * The answers to store: those to questions the form did not show are dropped, and a
	 * shown question the form requires must be answered.
	 */
	Map<String, Object> answers(Form form, Map<String, Object> entered, Locale locale) {
		if (form.type() == null) {
			return entered;
		}
		Map<String, FieldValue> parsed = new HashMap<>();
		for (Question question : form.questions()) {
			try {
				FieldValue value = FieldValues.parse(question.field(), entered.get(question.field().key()), locale);
				if (value != null) {
					parsed.put(question.field().key(), value);
				}
			}
			catch (FieldValueException ex) {
				// the ticket refuses it with the right message below
			}
		}
		Set<String> shown = RequestForms.shown(form.formFields(), parsed);
		Map<String, Object> answers = new LinkedHashMap<>();
		entered.forEach((key, value) -> {
			if (shown.contains(key) || !form.asks(key)) {
				answers.put(key, value);
			}
		});
		for (Question question : form.questions()) {
			String key = question.field().key();
			if (question.required() && shown.contains(key) && blank(entered.get(key))) {
				throw new FieldValueException(key, "required", "{0} ({1}) is required.", question.field().label(locale),
						key);
			}
		}
		return answers;
	}

	private static boolean blank(Object value) {
		if (value instanceof java.util.Collection<?> many) {
			return many.stream().allMatch(PortalRequestForms::blank);
		}
		return value == null || value.toString().isBlank() || "false".equals(value);
	}

	/**
	 * A request form: its type (null for the general form) and its questions in order.
	 */
	record Form(RequestTypeView type, List<Question> questions) {

		List<FormField> formFields() {
			return this.questions.stream()
				.map((q) -> new FormField(q.field().key(), q.required(), q.showWhen()))
				.toList();
		}

		boolean asks(String key) {
			return this.questions.stream().anyMatch((q) -> q.field().key().equals(key));
		}

	}

	/**
	 * One question: a custom field, whether it must be answered, and when it is shown.
	 */
	record Question(CustomFieldView field, boolean required, Condition showWhen) {

		/**
		 * The names of the inputs whose answer decides whether this question is shown.
		 */
		public String showField() {
			return (this.showWhen != null) ? "field." + this.showWhen.field() : null;
		}

		public String showValues() {
			return (this.showWhen != null) ? String.join(",", this.showWhen.values()) : null;
		}

	}

}
