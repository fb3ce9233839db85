package org.tierdesk.api;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;
import org.tierdesk.api.TicketApiModels.AttachmentJson;
import org.tierdesk.api.TicketApiModels.AuthorJson;
import org.tierdesk.api.TicketApiModels.EscalationJson;
import org.tierdesk.api.TicketApiModels.HistoryJson;
import org.tierdesk.api.TicketApiModels.MessageJson;
import org.tierdesk.api.TicketApiModels.RequesterJson;
import org.tierdesk.api.TicketApiModels.TicketJson;
import org.tierdesk.identity.IdentityManagement;
import org.tierdesk.ticket.HistoryView;
import org.tierdesk.ticket.MailDetails;
import org.tierdesk.ticket.MessageHtml;
import org.tierdesk.ticket.MessageView;
import org.tierdesk.ticket.TicketView;

/**
 * Maps ticket views to their JSON form, resolving assignee user names once per page.
 */
@Component
class TicketJsonMapper {

	private final IdentityManagement identity;

	TicketJsonMapper(IdentityManagement identity) {
		this.identity = identity;
	}

	TicketJson toJson(TicketView ticket) {
		return toJson(List.of(ticket)).get(0);
	}

	List<TicketJson> toJson(List<TicketView> tickets) {
		Set<Long> assignees = tickets.stream()
			.map(TicketView::assignee)
			.filter(Objects::nonNull)
			.map(TicketView.Ref::id)
			.collect(Collectors.toSet());
		// one query per page, not one user (with tiers, departments) per assignee
		Map<Long, String> usernames = assignees.isEmpty() ? Map.of() : this.identity.usernames(assignees);
		return tickets.stream().map((ticket) -> toJson(ticket, usernames)).toList();
	}

	private static TicketJson toJson(TicketView t, Map<Long, String> usernames) {
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
				escalation, t.version());
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
