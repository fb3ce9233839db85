package org.tierdesk.desk;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Custom-field values are checked against their field's type and rules, and each refusal
 * names the field and the rule.
 */
class FieldValuesTests {

	static CustomFieldView field(FieldType type, FieldRules rules, boolean required, FieldOption... options) {
		return new CustomFieldView(1, FieldEntity.TICKET, "asset", type,
				Map.of("en", "Asset tag", "nl", "Inventarisnummer"), Map.of(), required, rules, null,
				FieldAudience.AGENT, FieldAudience.AGENT, 1, List.of(options), false, 0);
	}

	static CustomFieldView field(FieldType type) {
		return field(type, FieldRules.none(), false);
	}

	static FieldOption option(String key, boolean archived) {
		return new FieldOption(key, Map.of("en", key.toUpperCase(Locale.ROOT)), archived);
	}

	static FieldValueException refused(CustomFieldView field, Object raw) {
		return org.junit.jupiter.api.Assertions.assertThrows(FieldValueException.class,
				() -> FieldValues.parse(field, raw, Locale.ENGLISH));
	}

	@Test
	void shouldReadEmptyInputAsNoValue() {
		assertThat(FieldValues.parse(field(FieldType.TEXT), null, Locale.ENGLISH)).isNull();
		assertThat(FieldValues.parse(field(FieldType.TEXT), "   ", Locale.ENGLISH)).isNull();
		assertThat(FieldValues.parse(field(FieldType.NUMBER), List.of(), Locale.ENGLISH)).isNull();
		assertThat(FieldValues.parse(field(FieldType.MULTIPLE_CHOICE, FieldRules.none(), false, option("a", false)), "",
				Locale.ENGLISH))
			.isNull();
	}

	@Test
	void shouldCheckTextLengthAndPattern() {
		CustomFieldView tag = field(FieldType.TEXT, new FieldRules(null, null, 4, 8, "[A-Z]{2}-\\d+"), false);
		assertThat(FieldValues.parse(tag, "  AB-12 ", Locale.ENGLISH).text()).isEqualTo("AB-12");
		FieldValueException tooLong = refused(tag, "AB-1234567");
		assertThat(tooLong.getRule()).isEqualTo("maxLength");
		assertThat(tooLong.getField()).isEqualTo("fields.asset");
		assertThat(tooLong.getArgs()).containsExactly("Asset tag", "asset", 8);
		assertThat(refused(tag, "AB1").getRule()).isEqualTo("minLength");
		assertThat(refused(tag, "ab-12").getRule()).isEqualTo("pattern");
		assertThat(refused(tag, 12).getRule()).isEqualTo("type.text");
		assertThat(refused(field(FieldType.TEXT), "x".repeat(256)).getRule()).isEqualTo("maxLength");
	}

	@Test
	void shouldKeepLinesInLongTextOnly() {
		assertThat(FieldValues.parse(field(FieldType.TEXT), "one\ntwo", Locale.ENGLISH).text()).isEqualTo("one two");
		assertThat(FieldValues.parse(field(FieldType.LONG_TEXT), "one\ntwo", Locale.ENGLISH).text())
			.isEqualTo("one\ntwo");
		assertThat(refused(field(FieldType.LONG_TEXT), "bell\u0007").getRule()).isEqualTo("type.long-text");
	}

	@Test
	void shouldCheckNumbersAndTheirRange() {
		CustomFieldView monitors = field(FieldType.NUMBER,
				new FieldRules(BigDecimal.ZERO, new BigDecimal("4"), null, null, null), false);
		assertThat(FieldValues.parse(monitors, 3, Locale.ENGLISH).number()).isEqualByComparingTo("3");
		assertThat(FieldValues.parse(monitors, "2.0", Locale.ENGLISH).number()).isEqualByComparingTo("2");
		assertThat(refused(monitors, 5).getRule()).isEqualTo("max");
		assertThat(refused(monitors, -1).getRule()).isEqualTo("min");
		assertThat(refused(monitors, "1.5").getRule()).isEqualTo("type.number");
		assertThat(refused(monitors, "three").getRule()).isEqualTo("type.number");
		assertThat(refused(monitors, true).getRule()).isEqualTo("type.number");
		assertThat(refused(field(FieldType.NUMBER), "1" + "0".repeat(20)).getRule()).isEqualTo("max");
	}

	@Test
	void shouldReadDecimalsWithPointOrComma() {
		CustomFieldView budget = field(FieldType.DECIMAL);
		assertThat(FieldValues.parse(budget, "1234,56", new Locale("nl")).number()).isEqualByComparingTo("1234.56");
		assertThat(FieldValues.parse(budget, 12.5, Locale.ENGLISH).number()).isEqualByComparingTo("12.5");
		assertThat(refused(budget, "0.12345678901").getRule()).isEqualTo("decimals");
		assertThat(refused(budget, "1e5").getRule()).isEqualTo("type.decimal");
	}

	@Test
	void shouldReadDatesAndDateTimes() {
		assertThat(FieldValues.parse(field(FieldType.DATE), "2026-11-23", Locale.ENGLISH).date())
			.isEqualTo(LocalDate.of(2026, 11, 23));
		assertThat(refused(field(FieldType.DATE), "23.11.2026").getRule()).isEqualTo("type.date");
		assertThat(refused(field(FieldType.DATE), "2026-02-30").getRule()).isEqualTo("type.date");
		CustomFieldView visit = field(FieldType.DATE_TIME);
		assertThat(FieldValues.parse(visit, "2026-11-23T10:15:00Z", Locale.ENGLISH).dateTime())
			.isEqualTo(Instant.parse("2026-11-23T10:15:00Z"));
		assertThat(
				FieldValues.parse(visit, "2026-11-23T10:15", Locale.ENGLISH, ZoneId.of("Europe/Helsinki")).dateTime())
			.isEqualTo(Instant.parse("2026-11-23T08:15:00Z"));
		assertThat(refused(visit, "tomorrow").getRule()).isEqualTo("type.date-time");
	}

	@Test
	void shouldReadCheckboxes() {
		assertThat(FieldValues.parse(field(FieldType.CHECKBOX), "on", Locale.ENGLISH).flag()).isTrue();
		assertThat(FieldValues.parse(field(FieldType.CHECKBOX), false, Locale.ENGLISH).flag()).isFalse();
		assertThat(refused(field(FieldType.CHECKBOX), "maybe").getRule()).isEqualTo("type.checkbox");
	}

	@Test
	void shouldAcceptOnlyOfferedOptions() {
		CustomFieldView model = field(FieldType.SINGLE_CHOICE, FieldRules.none(), false, option("basic", false),
				option("legacy", true));
		assertThat(FieldValues.parse(model, "basic", Locale.ENGLISH).text()).isEqualTo("basic");
		FieldValueException unknown = refused(model, "gold");
		assertThat(unknown.getRule()).isEqualTo("option");
		assertThat(unknown.getArgs()).containsExactly("Asset tag", "asset", "gold");
		assertThat(refused(model, "legacy").getRule()).isEqualTo("option");
		assertThat(refused(model, List.of("basic", "basic2")).getRule()).isEqualTo("type.choice");
	}

	@Test
	void shouldReadMultipleChoicesWithoutDuplicates() {
		CustomFieldView extras = field(FieldType.MULTIPLE_CHOICE, FieldRules.none(), false, option("dock", false),
				option("bag", false));
		assertThat(FieldValues.parse(extras, List.of("bag", "dock", "bag"), Locale.ENGLISH).choices())
			.containsExactly("bag", "dock");
		assertThat(FieldValues.parse(extras, new String[] { "dock" }, Locale.ENGLISH).choices())
			.containsExactly("dock");
		assertThat(FieldValues.parse(extras, "dock,bag", Locale.ENGLISH).choices()).containsExactly("dock", "bag");
		assertThat(refused(extras, List.of("dock", "sofa")).getRule()).isEqualTo("option");
		assertThat(refused(extras, List.of(1, 2)).getRule()).isEqualTo("type.multi-choice");
	}

	@Test
	void shouldReadAgentsAsUserIds() {
		assertThat(FieldValues.parse(field(FieldType.AGENT), "42", Locale.ENGLISH).ref()).isEqualTo(42L);
		assertThat(refused(field(FieldType.AGENT), "lisa").getRule()).isEqualTo("type.agent");
	}

	@Test
	void shouldRequireValuesOfRequiredFields() {
		CustomFieldView required = field(FieldType.TEXT, FieldRules.none(), true);
		assertThatExceptionOfType(FieldValueException.class)
			.isThrownBy(() -> FieldValues.checkRequired(required, null, new Locale("nl")))
			.satisfies((ex) -> {
				assertThat(ex.getRule()).isEqualTo("required");
				assertThat(ex.getArgs()).containsExactly("Inventarisnummer", "asset");
			});
		CustomFieldView consent = field(FieldType.CHECKBOX, FieldRules.none(), true);
		assertThatExceptionOfType(FieldValueException.class)
			.isThrownBy(() -> FieldValues.checkRequired(consent, FieldValue.flag(false), Locale.ENGLISH));
		FieldValues.checkRequired(consent, FieldValue.flag(true), Locale.ENGLISH);
	}

	@Test
	void shouldFallBackToEnglishLabels() {
		CustomFieldView tag = field(FieldType.TEXT);
		assertThat(tag.label(new Locale("nl"))).isEqualTo("Inventarisnummer");
		assertThat(tag.label(new Locale("fi"))).isEqualTo("Asset tag");
		assertThat(option("basic", false).label(new Locale("it"))).isEqualTo("BASIC");
	}

	@Test
	void shouldReadFormsWithClearedCheckboxesAndChoices() {
		Map<String, Object> values = FormFields
			.read(Map.of("field.asset", List.of("AB-1"), "field.extras", List.of("dock", "bag"), "_field.urgent",
					List.of(""), "_field.extras", List.of(""), "subject", List.of("x")));
		assertThat(values).containsEntry("asset", "AB-1")
			.containsEntry("extras", List.of("dock", "bag"))
			.containsEntry("urgent", "")
			.doesNotContainKey("subject");
	}

}
