package org.tierdesk.desk;

import java.util.List;
import java.util.Map;

/**
 * A custom field as an admin defines or changes it. {@code entity}, {@code key} and
 * {@code type} are fixed once the field exists (left out or equal on a change). Labels
 * and help texts are keyed by language ({@code en}, {@code nl}, ...); an option left out
 * of a change stays, archived, so that values using it remain readable.
 */
public record DefineFieldCommand(FieldEntity entity, String key, FieldType type, Map<String, String> labels,
		Map<String, String> helpTexts, boolean required, FieldRules rules, String defaultValue, FieldAudience visibleTo,
		FieldAudience editableBy, List<FieldOption> options) {

	public DefineFieldCommand {
		labels = (labels != null) ? labels : Map.of();
		helpTexts = (helpTexts != null) ? helpTexts : Map.of();
		rules = (rules != null) ? rules : FieldRules.none();
		options = (options != null) ? options : List.of();
	}

}
