package org.tierdesk.ticket.web;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.ui.Model;
import org.tierdesk.desk.CustomFieldManagement;
import org.tierdesk.desk.CustomFieldView;
import org.tierdesk.desk.FieldAudience;
import org.tierdesk.desk.FieldEntity;
import org.tierdesk.identity.IdentityManagement;
import org.tierdesk.identity.Role;
import org.tierdesk.identity.TierdeskPrincipal;
import org.tierdesk.identity.UserView;

/**
 * What the agent screens need to show and edit custom fields: the fields the signed-in
 * agent (or admin) may see, those they may change, and agent names for agent fields.
 */
final class StaffFields {

	private StaffFields() {
	}

	static FieldAudience audience(TierdeskPrincipal user) {
		return (user != null && user.role() == Role.ADMIN) ? FieldAudience.ADMIN : FieldAudience.AGENT;
	}

	static List<CustomFieldView> visible(CustomFieldManagement fields, TierdeskPrincipal user) {
		FieldAudience audience = audience(user);
		return fields.fields(FieldEntity.TICKET).stream().filter((field) -> field.visibleTo(audience)).toList();
	}

	static void addTo(Model model, CustomFieldManagement fields, IdentityManagement identity, TierdeskPrincipal user) {
		FieldAudience audience = audience(user);
		List<CustomFieldView> visible = visible(fields, user);
		model.addAttribute("customFields", visible);
		model.addAttribute("editableFields", visible.stream().filter((field) -> field.editableBy(audience)).toList());
		List<UserView> staff = identity.staff().stream().filter(UserView::enabled).toList();
		model.addAttribute("fieldAgents", staff);
		Map<Long, String> names = identity.staff()
			.stream()
			.collect(Collectors.toMap(UserView::id, UserView::displayName, (a, b) -> a));
		model.addAttribute("agentNames", names);
		// history names fields by key; show their label, also for deleted fields
		Locale locale = LocaleContextHolder.getLocale();
		model.addAttribute("fieldLabels",
				fields.allFields(FieldEntity.TICKET)
					.stream()
					.collect(Collectors.toMap(CustomFieldView::key, (field) -> field.label(locale), (a, b) -> a)));
	}

}
