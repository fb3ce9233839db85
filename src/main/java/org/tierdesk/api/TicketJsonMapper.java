package org.tierdesk.api;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.tierdesk.api.TicketApiModels.AttachmentJson;
import org.tierdesk.api.TicketApiModels.AuthorJson;
import org.tierdesk.api.TicketApiModels.EscalationJson;
import org.tierdesk.api.TicketApiModels.HistoryJson;
import org.tierdesk.api.TicketApiModels.MessageJson;
import org.tierdesk.api.TicketApiModels.RequesterJson;
import org.tierdesk.api.TicketApiModels.TicketJson;
import org.tierdesk.desk.CustomFieldView;
import org.tierdesk.desk.CustomFieldManagement;
import org.tierdesk.desk.FieldAudience;
import org.tierdesk.desk.FieldEntity;
import org.tierdesk.desk.FieldType;
import org.tierdesk.desk.FieldValue;
import org.tierdesk.identity.IdentityManagement;
import org.tierdesk.identity.Role;
import org.tierdesk.identity.TierdeskPrincipal;
import org.tierdesk.ticket.HistoryView;
import org.tierdesk.ticket.MailDetails;
import org.tierdesk.ticket.MessageHtml;
import org.tierdesk.ticket.MessageView;
import org.tierdesk.ticket.TicketManagement;
import org.tierdesk.ticket.TicketView;

/**
 * Maps ticket views to their JSON form, resolving assignee user names and custom-field
 * values once per page. Custom fields appear as {@code "fields": {"key": value}}, those
 * the caller may see; agent fields by user name.
 */
@Component
class TicketJsonMapper {

	private final IdentityManagement identity;

	private final TicketManagement tickets;

	private final CustomFieldManagement definitions;

	TicketJsonMapper(IdentityManagement identity, TicketManagement tickets, CustomFieldManagement definitions) {
		this.identity = identity;
		this.tickets = tickets;
		this.definitions = definitions;
	}

	TicketJson toJson(TicketView ticket) {
		return toJson(List.of(ticket)).get(0);
	}

	List<TicketJson> toJson(List<TicketView> tickets) {
		Set<Long> assignees = tickets.stream()
			.map(TicketView::assignee)
			.filter(Objects::nonNull)
			.map(TicketView.Ref::id)
			.collect(Collectors.toCollection(HashSet::new));
		FieldAudience viewer = viewer();
		List<CustomFieldView> visible = this.definitions.fields(FieldEntity.TICKET)
			.stream()
			.filter((field) -> field.visibleTo(viewer))
			.toList();
		Map<Long, Map<String, FieldValue>> values = visible.isEmpty() ? Map.of()
				: this.tickets.fields(tickets.stream().map(TicketView::id).toList());
		values.values()
			.forEach((byKey) -> byKey.values()
				.stream()
				.filter((value) -> value.type() == FieldType.AGENT)
				.forEach((value) -> assignees.add(value.ref())));
		// one query per page, not one user (with tiers, departments) per assignee
		Map<Long, String> usernames = assignees.isEmpty() ? Map.of() : this.identity.usernames(assignees);
		return tickets.stream()
			.map((ticket) -> toJson(ticket, usernames,
					fieldsJson(visible, values.getOrDefault(ticket.id(), Map.of()), usernames)))
			.toList();
	}

	private static Map<String, Object> fieldsJson(List<CustomFieldView> visible, Map<String, FieldValue> values,
			Map<Long, String> usernames) {
		Map<String, Object> json = new LinkedHashMap<>();
		for (CustomFieldView field : visible) {
			FieldValue value = values.get(field.key());
			Object shown = (value == null) ? null : (value.type() == FieldType.AGENT)
					? usernames.getOrDefault(value.ref(), String.valueOf(value.ref())) : value.json();
			json.put(field.key(), shown);
		}
		return json;
	}

	/** Admins see every field, agents those for agents and customers. */
	static FieldAudience viewer() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication != null && authentication.getPrincipal() instanceof TierdeskPrincipal user
				&& user.role() == Role.ADMIN) {
			return FieldAudience.ADMIN;
		}
		return FieldAudience.AGENT;
	}

	private static TicketJson toJson(TicketView t, Map<Long, String> usernames, Map<String, Object> fields) {
		EscalationJson escalation = (t.escalation() != null) ? new EscalationJson(t.escalation().note(),
				t.escalation().by(), t.escalation().at(), t.escalation().fromTier(), t.escalation().sentBack()) : null;
		var solution = t.solution();
		return new TicketJson(t.number(), t.subject(), t.status().apiName(), t.priority().apiName(), t.tier().level(),
				t.tier().name(), t.department().name(), t.channel().apiName(),
				new RequesterJson(t.requester().email(), t.requester().name()),
				(t.assignee() != null) ? usernames.get(t.assignee().id()) : null,
				(t.assignee() != null) ? t.assignee().name() : null, t.createdAt(), t.updatedAt(),
				(solution != null) ? solution.solution() : null, (solution != null) ? solution.cause() : null,
				(solution != null) ? solution.resolvedBy() : null, (solution != null) ? solution.resolvedAt() : null,
				escalation, t.version(), fields);
	}

	static MessageJson toJson(MessageView m) {
		MailDetails mail = m.mail();
		return new MessageJson(m.id(),
				new AuthorJson(m.authorEmail(), m.authorName(),
						m.authorType().name().toLowerCase(java.util.Locale.ROOT)),
				(mail != null) ? mail.to() : List.of(), (mail != null) ? mail.cc() : List.of(),
				(mail != null) ? mail.subject() : null, m.body(),
				MessageHtml.render(m, (id) -> "/api/v1/attachments/" + id, true), m.internal(), m.channel().apiName(),
				m.createdAt(), (mail != null) ? mail.messageId() : null,
				(mail != null) ? mail.threadingReason().name().toLowerCase(java.util.Locale.ROOT) : null,
				(mail != null) ? mail.threadingDetail() : null, (mail != null) ? mail.quotedFrom() : null,
				m.attachments()
					.stream()
					.map((a) -> new AttachmentJson(a.id(), a.filename(), a.contentType(), a.size(), a.inline(),
							a.contentId()))
					.toList());
	}

	static HistoryJson toJson(HistoryView h) {
		return new HistoryJson(h.action().name().toLowerCase(java.util.Locale.ROOT), h.actorName(), h.oldValue(),
				h.newValue(), h.note(), h.createdAt());
	}

}
