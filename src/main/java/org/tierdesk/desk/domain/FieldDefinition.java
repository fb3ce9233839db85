package org.tierdesk.desk.domain;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

import org.tierdesk.desk.CustomFieldView;
import org.tierdesk.desk.DefineFieldCommand;
import org.tierdesk.desk.FieldAudience;
import org.tierdesk.desk.FieldEntity;
import org.tierdesk.desk.FieldOption;
import org.tierdesk.desk.FieldRules;
import org.tierdesk.desk.FieldType;
import org.tierdesk.desk.FieldValue;
import org.tierdesk.desk.FieldValueException;
import org.tierdesk.desk.FieldValues;
import org.tierdesk.platform.InvalidInputException;

/**
 * A field definition checked and tidied: what an admin sent, with every rule that can be
 * wrong checked here, before anything is saved.
 */
record FieldDefinition(FieldEntity entity, String key, FieldType type, Map<String, String> labels,
		Map<String, String> helpTexts, boolean required, FieldRules rules, String defaultValue, FieldAudience visibleTo,
		FieldAudience editableBy, List<FieldOption> options) {

	static final Pattern KEY = Pattern.compile("[a-z][a-z0-9_]{1,39}");

	static final Pattern OPTION_KEY = Pattern.compile("[a-z0-9][a-z0-9_-]{0,39}");

	static final int LABEL_MAX = 100;

	static final int HELP_MAX = 500;

	static final int PATTERN_MAX = 300;

	static final int OPTIONS_MAX = 100;

	/**
	 * Checks a command for a new field ({@code existing} null) or a change of an existing
	 * one.
	 */
	static FieldDefinition check(DefineFieldCommand command, CustomFieldView existing) {
		FieldEntity entity;
		String key;
		FieldType type;
		if (existing == null) {
			entity = (command.entity() != null) ? command.entity() : FieldEntity.TICKET;
			key = (command.key() != null) ? command.key().strip() : "";
			if (!KEY.matcher(key).matches()) {
				throw new InvalidInputException("key", "fields.definition.key",
						"A key is 2 to 40 lowercase letters, digits or _, starting with a letter.");
			}
			if (command.type() == null) {
				throw new InvalidInputException("type", "validation.required", "This field is required.");
			}
			type = command.type();
		}
		else {
			entity = existing.entity();
			key = existing.key();
			type = existing.type();
			if ((command.entity() != null && command.entity() != entity)
					|| (command.key() != null && !command.key().strip().equals(key))
					|| (command.type() != null && command.type() != type)) {
				throw new InvalidInputException("key", "fields.definition.fixed",
						"The key, type and entity of a field cannot change; define a new field instead.");
			}
		}
		Map<String, String> labels = texts(command.labels(), "labels", LABEL_MAX);
		if (!labels.containsKey("en")) {
			throw new InvalidInputException("labels.en", "fields.definition.labelRequired",
					"An English label is required.");
		}
		Map<String, String> helpTexts = texts(command.helpTexts(), "helpTexts", HELP_MAX);
		FieldRules rules = rules(type, command.rules());
		List<FieldOption> options = options(type, command.options(), (existing != null) ? existing.options() : null);
		FieldAudience visibleTo = (command.visibleTo() != null) ? command.visibleTo() : FieldAudience.AGENT;
		FieldAudience editableBy = (command.editableBy() != null) ? command.editableBy() : visibleTo;
		if (editableBy.ordinal() < visibleTo.ordinal()) {
			throw new InvalidInputException("editableBy", "fields.definition.editableNotVisible",
					"Who may change a field must be among those who see it.");
		}
		FieldDefinition definition = new FieldDefinition(entity, key, type, labels, helpTexts, command.required(),
				rules, null, visibleTo, editableBy, options);
		String defaultValue = defaultValue(definition, command.defaultValue());
		return new FieldDefinition(entity, key, type, labels, helpTexts, command.required(), rules, defaultValue,
				visibleTo, editableBy, options);
	}

	CustomFieldView toView() {
		return new CustomFieldView(0, this.entity, this.key, this.type, this.labels, this.helpTexts, this.required,
				this.rules, this.defaultValue, this.visibleTo, this.editableBy, 0, this.options, false, 0);
	}

	static Map<String, String> texts(Map<String, String> given, String field, int max) {
		Map<String, String> texts = new LinkedHashMap<>();
		for (String language : CustomFieldView.LANGUAGES) {
			String text = given.get(language);
			if (text != null && !text.isBlank()) {
				String stripped = text.strip();
				if (stripped.length() > max) {
					throw new InvalidInputException(field + "." + language, "validation.tooLong",
							"At most {0} characters.", max);
				}
				texts.put(language, stripped);
			}
		}
		for (String language : given.keySet()) {
			if (!CustomFieldView.LANGUAGES.contains(language)) {
				throw new InvalidInputException(field, "fields.definition.language",
						"Unknown language {0}; use one of: {1}.", language,
						String.join(", ", CustomFieldView.LANGUAGES));
			}
		}
		return texts;
	}

	private static FieldRules rules(FieldType type, FieldRules given) {
		BigDecimal min = type.isNumeric() ? given.min() : null;
		BigDecimal max = type.isNumeric() ? given.max() : null;
		for (BigDecimal bound : new BigDecimal[] { min, max }) {
			if (bound != null && (bound.abs().compareTo(new BigDecimal("1E20")) >= 0
					|| bound.stripTrailingZeros().scale() > FieldValues.MAX_DECIMALS)) {
				throw new InvalidInputException("rules.min", "fields.definition.bound",
						"Bounds must have fewer than 20 digits before and at most 10 after the point.");
			}
		}
		if (min != null && max != null && min.compareTo(max) > 0) {
			throw new InvalidInputException("rules.max", "fields.definition.range",
					"The maximum must not be below the minimum.");
		}
		Integer minLength = type.isText() ? given.minLength() : null;
		Integer maxLength = type.isText() ? given.maxLength() : null;
		if ((minLength != null && (minLength < 0 || minLength > type.maxLength()))
				|| (maxLength != null && (maxLength < 1 || maxLength > type.maxLength()))
				|| (minLength != null && maxLength != null && minLength > maxLength)) {
			throw new InvalidInputException("rules.maxLength", "fields.definition.lengthRange",
					"Lengths go from 0 to {0}, the minimum not above the maximum.", type.maxLength());
		}
		String pattern = (type.isText() && given.pattern() != null && !given.pattern().isBlank())
				? given.pattern().strip() : null;
		if (pattern != null) {
			if (pattern.length() > PATTERN_MAX) {
				throw new InvalidInputException("rules.pattern", "validation.tooLong", "At most {0} characters.",
						PATTERN_MAX);
			}
			try {
				Pattern.compile(pattern);
			}
			catch (PatternSyntaxException ex) {
				throw new InvalidInputException("rules.pattern", "fields.definition.pattern",
						"The pattern is not a valid regular expression: {0}", ex.getDescription());
			}
		}
		return new FieldRules(min, max, minLength, maxLength, pattern);
	}

	private static List<FieldOption> options(FieldType type, List<FieldOption> given, List<FieldOption> existing) {
		if (!type.hasOptions()) {
			return List.of();
		}
		List<FieldOption> options = new ArrayList<>();
		Set<String> keys = new HashSet<>();
		for (FieldOption option : given) {
			String optionKey = (option.key() != null) ? option.key().strip().toLowerCase(Locale.ROOT) : "";
			if (!OPTION_KEY.matcher(optionKey).matches()) {
				throw new InvalidInputException("options", "fields.definition.optionKey",
						"An option key is 1 to 40 lowercase letters, digits, - or _: {0}",
						(optionKey.length() > 40) ? optionKey.substring(0, 40) + "…" : optionKey);
			}
			if (!keys.add(optionKey)) {
				throw new InvalidInputException("options", "fields.definition.optionDuplicate",
						"The option {0} is there twice.", optionKey);
			}
			Map<String, String> labels = texts(option.labels(), "options", LABEL_MAX);
			if (!labels.containsKey("en")) {
				throw new InvalidInputException("options", "fields.definition.optionLabel",
						"The option {0} needs an English label.", optionKey);
			}
			options.add(new FieldOption(optionKey, labels, option.archived()));
		}
		if (existing != null) {
			// an option removed by the admin is kept, archived: tickets may still hold it
			for (FieldOption old : existing) {
				if (!keys.contains(old.key())) {
					options.add(new FieldOption(old.key(), old.labels(), true));
				}
			}
		}
		if (options.stream().noneMatch((option) -> !option.archived())) {
			throw new InvalidInputException("options", "fields.definition.optionsRequired",
					"A choice field needs at least one option.");
		}
		if (options.size() > OPTIONS_MAX) {
			throw new InvalidInputException("options", "fields.definition.tooManyOptions",
					"A field has at most {0} options.", OPTIONS_MAX);
		}
		return options;
	}

	private static String defaultValue(FieldDefinition definition, String given) {
		if (given == null || given.isBlank()) {
			return null;
		}
		if (definition.type() == FieldType.AGENT) {
			throw new InvalidInputException("defaultValue", "fields.definition.noDefault",
					"This type of field has no default.");
		}
		try {
			FieldValue value = FieldValues.parse(definition.toView(), given, Locale.ENGLISH);
			return (value != null) ? value.canonical() : null;
		}
		catch (FieldValueException ex) {
			throw new InvalidInputException("defaultValue", ex.getMessageKey(), ex.getMessage(), ex.getArgs());
		}
	}

}
