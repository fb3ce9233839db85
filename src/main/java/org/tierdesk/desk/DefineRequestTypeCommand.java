package org.tierdesk.desk;

import java.util.List;
import java.util.Map;

import org.tierdesk.desk.RequestTypeView.FormField;

/**
 * A request type as an admin defines or changes it; the key is fixed once it exists.
 */
public record DefineRequestTypeCommand(String key, Long departmentId, Map<String, String> names,
		Map<String, String> descriptions, List<FormField> fields, String priority, Long tierId, boolean active) {

	public DefineRequestTypeCommand {
		names = (names != null) ? names : Map.of();
		descriptions = (descriptions != null) ? descriptions : Map.of();
		fields = (fields != null) ? fields : List.of();
	}

}
