package org.tierdesk.desk.domain;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.tierdesk.desk.FieldOption;
import org.tierdesk.desk.RequestTypeView.Condition;
import org.tierdesk.desk.RequestTypeView.FormField;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * Labels, help texts and options of a field are stored as small JSON documents in the
 * field's row: they are only ever read with the whole definition (see ADR 0020).
 */
final class FieldJson {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private FieldJson() {
	}

	static String texts(Map<String, String> texts) {
		return (texts == null || texts.isEmpty()) ? null : JSON.writeValueAsString(new LinkedHashMap<>(texts));
	}

	static Map<String, String> texts(String json) {
		return (json == null || json.isBlank()) ? new LinkedHashMap<>()
				: JSON.readValue(json, new TypeReference<LinkedHashMap<String, String>>() {
				});
	}

	static String options(List<FieldOption> options) {
		if (options == null || options.isEmpty()) {
			return null;
		}
		List<Map<String, Object>> rows = new ArrayList<>();
		for (FieldOption option : options) {
			Map<String, Object> row = new LinkedHashMap<>();
			row.put("key", option.key());
			row.put("labels", new LinkedHashMap<>(option.labels()));
			row.put("archived", option.archived());
			rows.add(row);
		}
		return JSON.writeValueAsString(rows);
	}

	@SuppressWarnings("unchecked")
	static List<FieldOption> options(String json) {
		if (json == null || json.isBlank()) {
			return new ArrayList<>();
		}
		List<Map<String, Object>> rows = JSON.readValue(json, new TypeReference<List<Map<String, Object>>>() {
		});
		List<FieldOption> options = new ArrayList<>();
		for (Map<String, Object> row : rows) {
			options.add(new FieldOption((String) row.get("key"), (Map<String, String>) row.get("labels"),
					Boolean.TRUE.equals(row.get("archived"))));
		}
		return options;
	}

	static String form(List<FormField> fields) {
		List<Map<String, Object>> rows = new ArrayList<>();
		for (FormField field : fields) {
			Map<String, Object> row = new LinkedHashMap<>();
			row.put("key", field.key());
			row.put("required", field.required());
			if (field.showWhen() != null) {
				row.put("showWhen", Map.of("field", field.showWhen().field(), "values", field.showWhen().values()));
			}
			rows.add(row);
		}
		return JSON.writeValueAsString(rows);
	}

	@SuppressWarnings("unchecked")
	static List<FormField> form(String json) {
		if (json == null || json.isBlank()) {
			return new ArrayList<>();
		}
		List<Map<String, Object>> rows = JSON.readValue(json, new TypeReference<List<Map<String, Object>>>() {
		});
		List<FormField> fields = new ArrayList<>();
		for (Map<String, Object> row : rows) {
			Map<String, Object> when = (Map<String, Object>) row.get("showWhen");
			fields.add(new FormField((String) row.get("key"), Boolean.TRUE.equals(row.get("required")), (when != null)
					? new Condition((String) when.get("field"), (List<String>) when.get("values")) : null));
		}
		return fields;
	}

}
