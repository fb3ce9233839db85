package org.tierdesk.desk.web;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.validation.BindingResult;
import org.tierdesk.desk.CustomFieldView;
import org.tierdesk.desk.DefineFieldCommand;
import org.tierdesk.desk.FieldAudience;
import org.tierdesk.desk.FieldEntity;
import org.tierdesk.desk.FieldOption;
import org.tierdesk.desk.FieldRules;
import org.tierdesk.desk.FieldType;

/**
 * A custom field as an admin edits it: labels and help per language, rules as typed,
 * options as rows (with a few empty rows to add more).
 */
public class FieldForm {

	static final int EMPTY_OPTION_ROWS = 3;

	private String key;

	private FieldType type = FieldType.TEXT;

	private Map<String, String> labels = new HashMap<>();

	private Map<String, String> helpTexts = new HashMap<>();

	private boolean required;

	private String min;

	private String max;

	private Integer minLength;

	private Integer maxLength;

	private String pattern;

	private String defaultValue;

	private FieldAudience visibleTo = FieldAudience.AGENT;

	private FieldAudience editableBy = FieldAudience.AGENT;

	private List<OptionForm> options = new ArrayList<>();

	private Long version;

	static FieldForm empty() {
		FieldForm form = new FieldForm();
		form.addEmptyOptionRows();
		return form;
	}

	static FieldForm of(CustomFieldView field) {
		FieldForm form = new FieldForm();
		form.key = field.key();
		form.type = field.type();
		form.labels = new HashMap<>(field.labels());
		form.helpTexts = new HashMap<>(field.helpTexts());
		form.required = field.required();
		form.min = plain(field.rules().min());
		form.max = plain(field.rules().max());
		form.minLength = field.rules().minLength();
		form.maxLength = field.rules().maxLength();
		form.pattern = field.rules().pattern();
		form.defaultValue = field.defaultValue();
		form.visibleTo = field.visibleTo();
		form.editableBy = field.editableBy();
		for (FieldOption option : field.options()) {
			OptionForm row = new OptionForm();
			row.setKey(option.key());
			row.setLabels(new HashMap<>(option.labels()));
			row.setArchived(option.archived());
			form.options.add(row);
		}
		form.version = field.version();
		form.addEmptyOptionRows();
		return form;
	}

	void addEmptyOptionRows() {
		for (int i = 0; i < EMPTY_OPTION_ROWS; i++) {
			this.options.add(new OptionForm());
		}
	}

	/** The command, or null after rejecting a number that is not one. */
	DefineFieldCommand toCommand(boolean creating, BindingResult result) {
		BigDecimal minValue = number(this.min, "min", result);
		BigDecimal maxValue = number(this.max, "max", result);
		if (result.hasErrors()) {
			return null;
		}
		List<FieldOption> fieldOptions = new ArrayList<>();
		for (OptionForm row : this.options) {
			boolean blank = (row.getKey() == null || row.getKey().isBlank())
					&& row.getLabels().values().stream().allMatch((label) -> label == null || label.isBlank());
			if (!blank) {
				fieldOptions.add(new FieldOption(row.getKey(), row.getLabels(), row.isArchived()));
			}
		}
		return new DefineFieldCommand(creating ? FieldEntity.TICKET : null, creating ? this.key : null,
				creating ? this.type : null, this.labels, this.helpTexts, this.required,
				new FieldRules(minValue, maxValue, this.minLength, this.maxLength, this.pattern), this.defaultValue,
				this.visibleTo, this.editableBy, fieldOptions);
	}

	private static BigDecimal number(String text, String field, BindingResult result) {
		if (text == null || text.isBlank()) {
			return null;
		}
		try {
			return new BigDecimal(text.strip().replace(',', '.'));
		}
		catch (NumberFormatException ex) {
			result.rejectValue(field, "fields.error.type.decimal", new Object[] { field, field }, "Not a number.");
			return null;
		}
	}

	private static String plain(BigDecimal number) {
		return (number != null) ? number.stripTrailingZeros().toPlainString() : null;
	}

	public String getKey() {
		return this.key;
	}

	public void setKey(String key) {
		this.key = key;
	}

	public FieldType getType() {
		return this.type;
	}

	public void setType(FieldType type) {
		this.type = type;
	}

	public Map<String, String> getLabels() {
		return this.labels;
	}

	public void setLabels(Map<String, String> labels) {
		this.labels = labels;
	}

	public Map<String, String> getHelpTexts() {
		return this.helpTexts;
	}

	public void setHelpTexts(Map<String, String> helpTexts) {
		this.helpTexts = helpTexts;
	}

	public boolean isRequired() {
		return this.required;
	}

	public void setRequired(boolean required) {
		this.required = required;
	}

	public String getMin() {
		return this.min;
	}

	public void setMin(String min) {
		this.min = min;
	}

	public String getMax() {
		return this.max;
	}

	public void setMax(String max) {
		this.max = max;
	}

	public Integer getMinLength() {
		return this.minLength;
	}

	public void setMinLength(Integer minLength) {
		this.minLength = minLength;
	}

	public Integer getMaxLength() {
		return this.maxLength;
	}

	public void setMaxLength(Integer maxLength) {
		this.maxLength = maxLength;
	}

	public String getPattern() {
		return this.pattern;
	}

	public void setPattern(String pattern) {
		this.pattern = pattern;
	}

	public String getDefaultValue() {
		return this.defaultValue;
	}

	public void setDefaultValue(String defaultValue) {
		this.defaultValue = defaultValue;
	}

	public FieldAudience getVisibleTo() {
		return this.visibleTo;
	}

	public void setVisibleTo(FieldAudience visibleTo) {
		this.visibleTo = visibleTo;
	}

	public FieldAudience getEditableBy() {
		return this.editableBy;
	}

	public void setEditableBy(FieldAudience editableBy) {
		this.editableBy = editableBy;
	}

	public List<OptionForm> getOptions() {
		return this.options;
	}

	public void setOptions(List<OptionForm> options) {
		this.options = options;
	}

	public Long getVersion() {
		return this.version;
	}

	public void setVersion(Long version) {
		this.version = version;
	}

	/** One option row: its key, a label per language, and whether it is deleted. */
	public static class OptionForm {

		private String key;

		private Map<String, String> labels = new HashMap<>();

		private boolean archived;

		public String getKey() {
			return this.key;
		}

		public void setKey(String key) {
			this.key = key;
		}

		public Map<String, String> getLabels() {
			return this.labels;
		}

		public void setLabels(Map<String, String> labels) {
			this.labels = labels;
		}

		public boolean isArchived() {
			return this.archived;
		}

		public void setArchived(boolean archived) {
			this.archived = archived;
		}

	}

}
