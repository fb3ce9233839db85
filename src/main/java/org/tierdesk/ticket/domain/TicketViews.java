package org.tierdesk.ticket.domain;

import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;
import org.tierdesk.desk.DepartmentView;
import org.tierdesk.desk.DeskManagement;
import org.tierdesk.desk.TierView;
import org.tierdesk.identity.IdentityManagement;
import org.tierdesk.ticket.TicketView;
import org.tierdesk.ticket.TicketView.EscalationView;
import org.tierdesk.ticket.TicketView.Ref;
import org.tierdesk.ticket.TicketView.Requester;
import org.tierdesk.ticket.TicketView.SolutionView;

/**
 * Turns tickets into views, looking up tier, department and agent names in one go for a
 * whole page.
 */
@Component
class TicketViews {

	private final DeskManagement desk;

	private final IdentityManagement identity;

	TicketViews(DeskManagement desk, IdentityManagement identity) {
		this.desk = desk;
		this.identity = identity;
	}

	TicketView of(Ticket ticket) {
		return of(List.of(ticket)).get(0);
	}

	List<TicketView> of(Collection<Ticket> tickets) {
		Map<Long, TierView> tiers = this.desk.tiers()
			.stream()
			.collect(Collectors.toMap(TierView::id, Function.identity()));
		Map<Long, DepartmentView> departments = this.desk.departments()
			.stream()
			.collect(Collectors.toMap(DepartmentView::id, Function.identity()));
		Set<Long> assignees = new HashSet<>();
		tickets.stream().map(Ticket::getAssigneeId).filter(Objects::nonNull).forEach(assignees::add);
		Map<Long, String> names = this.identity.displayNames(assignees);
		return tickets.stream().map((ticket) -> toView(ticket, tiers, departments, names)).toList();
	}

	private static TicketView toView(Ticket t, Map<Long, TierView> tiers, Map<Long, DepartmentView> departments,
			Map<Long, String> names) {
		TierView tier = tiers.get(t.getTierId());
		Ref tierRef = (tier != null) ? new Ref(tier.id(), tier.name(), tier.level()) : new Ref(t.getTierId(), "?", 0);
		DepartmentView department = departments.get(t.getDepartmentId());
		Ref departmentRef = new Ref(t.getDepartmentId(), (department != null) ? department.name() : "?", 0);
		Ref assignee = (t.getAssigneeId() != null)
				? new Ref(t.getAssigneeId(), names.getOrDefault(t.getAssigneeId(), "?"), 0) : null;
		SolutionView solution = (t.getSolution() != null)
				? new SolutionView(t.getSolution(), t.getCause(), t.getResolvedBy(), t.getResolvedAt()) : null;
		EscalationView escalation = null;
		if (t.getEscalationNote() != null) {
			TierView from = (t.getEscalationFromTierId() != null) ? tiers.get(t.getEscalationFromTierId()) : null;
			boolean sentBack = from != null && tier != null && from.level() > tier.level();
			escalation = new EscalationView(t.getEscalationNote(), t.getEscalationBy(), t.getEscalationAt(),
					(from != null) ? from.name() : null, sentBack);
		}
		return new TicketView(t.getId(), t.getNumber(), t.getSubject(), t.getStatus(), t.getPriority(), t.getChannel(),
				tierRef, departmentRef,
				new Requester(t.getRequesterEmail(), t.getRequesterName(), t.getRequesterUserId()), assignee,
				t.getCreatedAt(), t.getUpdatedAt(), solution, escalation, t.getAccessToken(), t.getVersion());
	}

}
