package org.tierdesk.desk;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.tierdesk.desk.RequestTypeView.Condition;
import org.tierdesk.desk.RequestTypeView.FormField;
import org.tierdesk.platform.InvalidInputException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The conditional questions of a request form: "show B when A has a given value".
 */
class RequestFormsTests {

	static final FormField DEVICE = new FormField("device", true, null);

	static final FormField MODEL = new FormField("model", true, new Condition("device", List.of("laptop")));

	static final FormField DOCK = new FormField("dock", false, new Condition("model", List.of("pro", "max")));

	static final FormField EXTRAS = new FormField("extras", false, null);

	static final FormField BAG_COLOUR = new FormField("bag_colour", false, new Condition("extras", List.of("bag")));

	static final FormField RUSH = new FormField("rush", false, null);

	static final FormField REASON = new FormField("reason", true, new Condition("rush", List.of("true")));

	static final List<FormField> FORM = List.of(DEVICE, MODEL, DOCK, EXTRAS, BAG_COLOUR, RUSH, REASON);

	static FieldValue choice(String key) {
		return FieldValue.text(FieldType.SINGLE_CHOICE, key);
	}

	@Test
	void shouldShowUnconditionalQuestionsOnly() {
		assertThat(RequestForms.shown(FORM, Map.of())).containsExactly("device", "extras", "rush");
	}

	@Test
	void shouldShowAQuestionWhenTheEarlierAnswerMatches() {
		assertThat(RequestForms.shown(FORM, Map.of("device", choice("laptop")))).contains("model")
			.doesNotContain("dock");
		assertThat(RequestForms.shown(FORM, Map.of("device", choice("phone")))).doesNotContain("model");
		assertThat(RequestForms.shown(FORM, Map.of("device", choice("laptop"), "model", choice("max"))))
			.contains("model", "dock");
	}

	@Test
	void shouldHideAQuestionWhoseConditionDependsOnAHiddenOne() {
		// a stale answer to a hidden question does not show what depends on it
		assertThat(RequestForms.shown(FORM, Map.of("device", choice("phone"), "model", choice("pro"))))
			.doesNotContain("model", "dock");
	}

	@Test
	void shouldMatchMultipleChoicesAndCheckboxes() {
		assertThat(RequestForms.shown(FORM, Map.of("extras", FieldValue.choices(List.of("mouse", "bag")))))
			.contains("bag_colour");
		assertThat(RequestForms.shown(FORM, Map.of("extras", FieldValue.choices(List.of("mouse")))))
			.doesNotContain("bag_colour");
		assertThat(RequestForms.shown(FORM, Map.of("rush", FieldValue.flag(true)))).contains("reason");
		assertThat(RequestForms.shown(FORM, Map.of("rush", FieldValue.flag(false)))).doesNotContain("reason");
	}

	static CustomFieldView field(String key, FieldType type, String... options) {
		return new CustomFieldView(1, FieldEntity.TICKET, key, type, Map.of("en", key), Map.of(), false,
				FieldRules.none(), null, FieldAudience.CUSTOMER, FieldAudience.CUSTOMER, 1,
				java.util.Arrays.stream(options).map((o) -> new FieldOption(o, Map.of("en", o), false)).toList(), false,
				0);
	}

	static final Map<String, CustomFieldView> FIELDS = Map.of("device",
			field("device", FieldType.SINGLE_CHOICE, "laptop", "phone"), "model",
			field("model", FieldType.SINGLE_CHOICE, "basic", "pro", "max"), "dock", field("dock", FieldType.CHECKBOX),
			"extras", field("extras", FieldType.MULTIPLE_CHOICE, "bag", "mouse"), "bag_colour",
			field("bag_colour", FieldType.TEXT), "rush", field("rush", FieldType.CHECKBOX), "reason",
			field("reason", FieldType.LONG_TEXT));

	@Test
	void shouldAcceptAWellFormedForm() {
		RequestForms.check(FORM, FIELDS);
	}

	@Test
	void shouldRefuseConditionsOnLaterUnknownOrMissingAnswers() {
		assertRefused(List.of(MODEL, DEVICE), "requestTypes.form.conditionOrder");
		assertRefused(List.of(DEVICE, DEVICE), "requestTypes.form.twice");
		assertRefused(List.of(new FormField("nothing", false, null)), "requestTypes.form.unknownField");
		assertRefused(List.of(DEVICE, new FormField("model", false, new Condition("device", List.of("tablet")))),
				"requestTypes.form.conditionOption");
		assertRefused(List.of(DEVICE, new FormField("model", false, new Condition("device", List.of()))),
				"requestTypes.form.conditionValues");
		assertRefused(List.of(new FormField("model", false, new Condition("model", List.of("pro")))),
				"requestTypes.form.conditionOrder");
	}

	static void assertRefused(List<FormField> form, String messageKey) {
		assertThatExceptionOfType(InvalidInputException.class).isThrownBy(() -> RequestForms.check(form, FIELDS))
			.satisfies((ex) -> assertThat(ex.getMessageKey()).isEqualTo(messageKey));
	}

}
