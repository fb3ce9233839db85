package org.tierdesk.desk.domain;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.tierdesk.desk.DefineFieldCommand;
import org.tierdesk.desk.FieldAudience;
import org.tierdesk.desk.FieldEntity;
import org.tierdesk.desk.FieldOption;
import org.tierdesk.desk.FieldRules;
import org.tierdesk.desk.FieldType;
import org.tierdesk.platform.InvalidInputException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * What an admin defines is checked before it is saved, and a change never touches the
 * key, the type or options that tickets may still hold.
 */
class FieldDefinitionTests {

	static DefineFieldCommand command(String key, FieldType type, Map<String, String> labels, FieldRules rules,
			String defaultValue, List<FieldOption> options) {
		return new DefineFieldCommand(FieldEntity.TICKET, key, type, labels, Map.of(), false, rules, defaultValue,
				FieldAudience.CUSTOMER, FieldAudience.AGENT, options);
	}

	static FieldOption option(String key) {
		return new FieldOption(key, Map.of("en", key), false);
	}

	static String refusedField(DefineFieldCommand command) {
		return org.junit.jupiter.api.Assertions
			.assertThrows(InvalidInputException.class, () -> FieldDefinition.check(command, null))
			.getField();
	}

	@Test
	void shouldTidyAValidDefinition() {
		FieldDefinition definition = FieldDefinition.check(command("laptop_model", FieldType.SINGLE_CHOICE,
				Map.of("en", " Laptop model ", "nl", " "), FieldRules.none(), "pro",
				List.of(option("basic"), new FieldOption(" PRO ", Map.of("en", "Pro"), false))), null);
		assertThat(definition.labels()).containsExactly(Map.entry("en", "Laptop model"));
		assertThat(definition.options()).extracting(FieldOption::key).containsExactly("basic", "pro");
		assertThat(definition.defaultValue()).isEqualTo("pro");
		assertThat(definition.editableBy()).isEqualTo(FieldAudience.AGENT);
	}

	@Test
	void shouldRefuseBadKeysLabelsAndRules() {
		assertThat(refusedField(command("1st", FieldType.TEXT, Map.of("en", "x"), FieldRules.none(), null, List.of())))
			.isEqualTo("key");
		assertThat(
				refusedField(command("ok_key", FieldType.TEXT, Map.of("nl", "x"), FieldRules.none(), null, List.of())))
			.isEqualTo("labels.en");
		assertThat(refusedField(
				command("ok_key", FieldType.TEXT, Map.of("en", "x".repeat(101)), FieldRules.none(), null, List.of())))
			.isEqualTo("labels.en");
		assertThat(refusedField(
				command("ok_key", FieldType.TEXT, Map.of("en", "x", "de", "x"), FieldRules.none(), null, List.of())))
			.isEqualTo("labels");
		assertThat(refusedField(command("ok_key", FieldType.NUMBER, Map.of("en", "x"),
				new FieldRules(BigDecimal.TEN, BigDecimal.ONE, null, null, null), null, List.of())))
			.isEqualTo("rules.max");
		assertThat(refusedField(command("ok_key", FieldType.TEXT, Map.of("en", "x"),
				new FieldRules(null, null, 10, 5, null), null, List.of())))
			.isEqualTo("rules.maxLength");
		assertThat(refusedField(command("ok_key", FieldType.TEXT, Map.of("en", "x"),
				new FieldRules(null, null, null, null, "(unclosed"), null, List.of())))
			.isEqualTo("rules.pattern");
		assertThat(refusedField(
				command("ok_key", FieldType.NUMBER, Map.of("en", "x"), FieldRules.none(), "ten", List.of())))
			.isEqualTo("defaultValue");
	}

	@Test
	void shouldRefuseBadOptions() {
		assertThat(refusedField(
				command("ok_key", FieldType.SINGLE_CHOICE, Map.of("en", "x"), FieldRules.none(), null, List.of())))
			.isEqualTo("options");
		assertThat(refusedField(command("ok_key", FieldType.SINGLE_CHOICE, Map.of("en", "x"), FieldRules.none(), null,
				List.of(option("a"), option("a")))))
			.isEqualTo("options");
		assertThat(refusedField(command("ok_key", FieldType.MULTIPLE_CHOICE, Map.of("en", "x"), FieldRules.none(), null,
				List.of(new FieldOption("a b", Map.of("en", "x"), false)))))
			.isEqualTo("options");
		assertThat(refusedField(command("ok_key", FieldType.MULTIPLE_CHOICE, Map.of("en", "x"), FieldRules.none(), null,
				List.of(new FieldOption("a", Map.of("nl", "x"), false)))))
			.isEqualTo("options");
	}

	@Test
	void shouldIgnoreRulesThatDoNotApplyToTheType() {
		FieldDefinition date = FieldDefinition.check(command("start", FieldType.DATE, Map.of("en", "Start"),
				new FieldRules(BigDecimal.ONE, BigDecimal.TEN, 1, 5, ".*"), null, List.of(option("a"))), null);
		assertThat(date.rules()).isEqualTo(FieldRules.none());
		assertThat(date.options()).isEmpty();
	}

	@Test
	void shouldKeepRemovedOptionsArchivedAndTheKeyFixed() {
		FieldDefinition first = FieldDefinition.check(command("model", FieldType.SINGLE_CHOICE, Map.of("en", "Model"),
				FieldRules.none(), null, List.of(option("basic"), option("pro"))), null);
		FieldDefinition changed = FieldDefinition.check(new DefineFieldCommand(null, null, null, Map.of("en", "Model"),
				Map.of(), false, null, null, null, null, List.of(option("basic"))), first.toView());
		assertThat(changed.options()).extracting(FieldOption::key, FieldOption::archived)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("basic", false),
					org.assertj.core.groups.Tuple.tuple("pro", true));
		assertThatExceptionOfType(InvalidInputException.class)
			.isThrownBy(() -> FieldDefinition.check(new DefineFieldCommand(null, "other", null, Map.of("en", "Model"),
					Map.of(), false, null, null, null, null, List.of(option("basic"))), first.toView()))
			.satisfies((ex) -> assertThat(ex.getMessageKey()).isEqualTo("fields.definition.fixed"));
	}

	@Test
	void shouldNotLetMoreEditThanSee() {
		assertThat(refusedField(
				new DefineFieldCommand(FieldEntity.TICKET, "secret", FieldType.TEXT, Map.of("en", "Secret"), Map.of(),
						false, null, null, FieldAudience.ADMIN, FieldAudience.AGENT, List.of())))
			.isEqualTo("editableBy");
	}

}
