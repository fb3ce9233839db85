package org.tierdesk.desk.web;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.tierdesk.desk.DefineRequestTypeCommand;
import org.tierdesk.desk.RequestTypeView;
import org.tierdesk.desk.RequestTypeView.Condition;
import org.tierdesk.desk.RequestTypeView.FormField;

/**
 * A request type as an admin edits it: names per language, defaults, and its questions as
 * rows (with a few empty rows to add more).
 */
public class RequestTypeForm {

	static final int EMPTY_ROWS = 3;

	private String key;

	private Long department;

	private Map<String, String> names = new HashMap<>();

	private Map<String, String> descriptions = new HashMap<>();

	private String priority;

	private Long tier;

	private boolean active = true;

	private Long version;

	private List<QuestionForm> questions = new ArrayList<>();

	static RequestTypeForm empty() {
		RequestTypeForm form = new RequestTypeForm();
		form.addEmptyRows();
		return form;
	}

	static RequestTypeForm of(RequestTypeView type) {
		RequestTypeForm form = new RequestTypeForm();
		form.key = type.key();
		form.department = type.departmentId();
		form.names = new HashMap<>(type.names());
		form.descriptions = new HashMap<>(type.descriptions());
		form.priority = type.priority();
		form.tier = type.tierId();
		form.active = type.active();
		form.version = type.version();
		for (FormField field : type.fields()) {
			QuestionForm row = new QuestionForm();
			row.setField(field.key());
			row.setRequired(field.required());
			if (field.showWhen() != null) {
				row.setShowField(field.showWhen().field());
				row.setShowValues(String.join(", ", field.showWhen().values()));
			}
			form.questions.add(row);
		}
		form.addEmptyRows();
		return form;
	}

	void addEmptyRows() {
		for (int i = 0; i < EMPTY_ROWS; i++) {
			this.questions.add(new QuestionForm());
		}
	}

	DefineRequestTypeCommand toCommand(boolean creating) {
		List<FormField> fields = new ArrayList<>();
		for (QuestionForm row : this.questions) {
			if (row.getField() == null || row.getField().isBlank()) {
				continue;
			}
			Condition condition = null;
			if (row.getShowField() != null && !row.getShowField().isBlank()) {
				List<String> values = (row.getShowValues() != null) ? Arrays.stream(row.getShowValues().split(","))
					.map(String::strip)
					.filter((value) -> !value.isEmpty())
					.toList() : List.of();
				condition = new Condition(row.getShowField(), values);
			}
			fields.add(new FormField(row.getField(), row.isRequired(), condition));
		}
		return new DefineRequestTypeCommand(creating ? this.key : null, this.department, this.names, this.descriptions,
				fields, this.priority, this.tier, this.active);
	}

	public String getKey() {
		return this.key;
	}

	public void setKey(String key) {
		this.key = key;
	}

	public Long getDepartment() {
		return this.department;
	}

	public void setDepartment(Long department) {
		this.department = department;
	}

	public Map<String, String> getNames() {
		return this.names;
	}

	public void setNames(Map<String, String> names) {
		this.names = names;
	}

	public Map<String, String> getDescriptions() {
		return this.descriptions;
	}

	public void setDescriptions(Map<String, String> descriptions) {
		this.descriptions = descriptions;
	}

	public String getPriority() {
		return this.priority;
	}

	public void setPriority(String priority) {
		this.priority = priority;
	}

	public Long getTier() {
		return this.tier;
	}

	public void setTier(Long tier) {
		this.tier = tier;
	}

	public boolean isActive() {
		return this.active;
	}

	public void setActive(boolean active) {
		this.active = active;
	}

	public Long getVersion() {
		return this.version;
	}

	public void setVersion(Long version) {
		this.version = version;
	}

	public List<QuestionForm> getQuestions() {
		return this.questions;
	}

	public void setQuestions(List<QuestionForm> questions) {
		this.questions = questions;
	}

	/** One question: the field, whether required, and the condition that shows it. */
	public static class QuestionForm {

		private String field;

		private boolean required;

		private String showField;

		private String showValues;

		public String getField() {
			return this.field;
		}

		public void setField(String field) {
			this.field = field;
		}

		public boolean isRequired() {
			return this.required;
		}

		public void setRequired(boolean required) {
			this.required = required;
		}

		public String getShowField() {
			return this.showField;
		}

		public void setShowField(String showField) {
			this.showField = showField;
		}

		public String getShowValues() {
			return this.showValues;
		}

		public void setShowValues(String showValues) {
			this.showValues = showValues;
		}

	}

}
