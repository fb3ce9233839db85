package org.tierdesk.ticket.web;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.tierdesk.desk.CustomFieldManagement;
import org.tierdesk.desk.CustomFieldView;
import org.tierdesk.desk.DeskManagement;
import org.tierdesk.desk.FormFields;
import org.tierdesk.desk.TierView;
import org.tierdesk.identity.IdentityManagement;
import org.tierdesk.identity.TierdeskPrincipal;
import org.tierdesk.identity.UserView;
import org.tierdesk.platform.DomainException;
import org.tierdesk.ticket.Priority;
import org.tierdesk.ticket.TicketManagement;
import org.tierdesk.ticket.TicketPage;
import org.tierdesk.ticket.TicketAccess;
import org.tierdesk.ticket.TicketQuery;
import org.tierdesk.ticket.TicketScope;
import org.tierdesk.ticket.TicketQuery.FieldFilter;
import org.tierdesk.ticket.TicketQuery.FieldSort;
import org.tierdesk.ticket.TicketStatus;
import org.tierdesk.ticket.TicketView;

/**
 * The agent's queue: the tickets of one tier, oldest first, with filters; htmx swaps just
 * the results.
 */
@Controller
class AgentQueueController {

	static final int PAGE_SIZE = 25;

	private final TicketManagement tickets;

	private final DeskManagement desk;

	private final IdentityManagement identity;

	private final CustomFieldManagement fields;

	private final TicketAccess access;

	AgentQueueController(TicketManagement tickets, DeskManagement desk, IdentityManagement identity,
			CustomFieldManagement fields, TicketAccess access) {
		this.access = access;
		this.tickets = tickets;
		this.desk = desk;
		this.identity = identity;
		this.fields = fields;
	}

	@GetMapping("/agent")
	String home() {
		return "redirect:/agent/queue";
	}

	@GetMapping("/agent/queue")
	String queue(@ModelAttribute("filter") QueueFilter filter, @AuthenticationPrincipal TierdeskPrincipal user,
			HttpServletRequest request, Model model) {
		List<TierView> tiers = this.desk.tiers();
		TierView tier = (filter.getTier() != null) ? this.desk.tierAtLevel(filter.getTier()).orElse(null) : null;
		if (tier == null) {
			tier = defaultTier(user, tiers);
			filter.setTier(tier.level());
		}
		List<CustomFieldView> visible = StaffFields.visible(this.fields, user);
		TicketScope scope = this.access.scopeOf(user);
		TicketPage page;
		try {
			page = this.tickets.search(toQuery(filter, tier, user, visible).within(scope));
		}
		catch (DomainException ex) {
			// a field value that is not one (a word for a number, say): say so, list
			// without it
			model.addAttribute("fieldErrorKey", ex.getMessageKey());
			model.addAttribute("fieldErrorArgs", ex.getArgs());
			page = this.tickets.search(toQuery(filter, tier, user, List.of()).within(scope));
		}
		CustomFieldView column = visible.stream()
			.filter((field) -> field.key().equals(filter.getField()))
			.findFirst()
			.orElse(null);
		model.addAttribute("customFields", visible);
		model.addAttribute("fieldColumn", column);
		model.addAttribute("fieldValues",
				(column != null) ? this.tickets.fields(page.items().stream().map(TicketView::id).toList()) : Map.of());
		model.addAttribute("agentNames",
				(column != null)
						? this.identity
							.displayNames(this.identity.staff().stream().map(UserView::id).collect(Collectors.toSet()))
						: Map.of());
		model.addAttribute("tiers", tiers);
		model.addAttribute("currentTier", tier);
		model.addAttribute("page", page);
		// only the departments whose tickets the agent sees are offered as a filter
		model.addAttribute("departments",
				this.desk.departments().stream().filter((department) -> scope.includes(department.id())).toList());
		model.addAttribute("agents", this.identity.agentsOfTier(tier.id()));
		model.addAttribute("priorities", Priority.values());
		model.addAttribute("statusOptions", List.of("active", "new", "open", "pending", "resolved", "closed", "all"));
		boolean htmx = "true".equals(request.getHeader("HX-Request"));
		return htmx ? "agent/queue :: results" : "agent/queue";
	}

	private TierView defaultTier(TierdeskPrincipal user, List<TierView> tiers) {
		Set<Long> mine = this.identity.user(user.id()).map((u) -> u.tierIds()).orElse(Set.of());
		return tiers.stream()
			.filter((tier) -> mine.contains(tier.id()))
			.min(Comparator.comparingInt(TierView::level))
			.orElse(tiers.get(0));
	}

	static TicketQuery toQuery(QueueFilter filter, TierView tier, TierdeskPrincipal user,
			List<CustomFieldView> visible) {
		TicketQuery query = toQuery(filter, tier, user);
		boolean known = visible.stream().anyMatch((field) -> field.key().equals(filter.getField()));
		List<FieldFilter> filters = (known && filter.getValue() != null && !filter.getValue().isBlank())
				? List.of(new FieldFilter(filter.getField(), filter.getValue())) : List.of();
		FieldSort sort = null;
		String order = (filter.getSort() != null) ? filter.getSort() : "";
		boolean descending = order.startsWith("-");
		String sortKey = descending ? order.substring(1) : order;
		if (sortKey.startsWith(FormFields.PREFIX) && visible.stream()
			.anyMatch((field) -> field.key().equals(sortKey.substring(FormFields.PREFIX.length())))) {
			sort = new FieldSort(sortKey.substring(FormFields.PREFIX.length()), descending);
		}
		return query.withFields(filters, sort);
	}

	private static TicketQuery toQuery(QueueFilter filter, TierView tier, TierdeskPrincipal user) {
		String status = (filter.getStatus() != null) ? filter.getStatus() : "active";
		Set<TicketStatus> statuses = switch (status) {
			case "active", "all" -> Set.of();
			default -> {
				try {
					yield Set.of(TicketStatus.fromApiName(status));
				}
				catch (RuntimeException ex) {
					yield Set.of();
				}
			}
		};
		String assignee = (filter.getAssignee() != null) ? filter.getAssignee() : "";
		boolean unassigned = "none".equals(assignee);
		Long assigneeId = "me".equals(assignee) ? Long.valueOf(user.id()) : parseLong(assignee);
		Priority priority = null;
		if (filter.getPriority() != null && !filter.getPriority().isBlank()) {
			try {
				priority = Priority.fromApiName(filter.getPriority());
			}
			catch (RuntimeException ex) {
				priority = null;
			}
		}
		return new TicketQuery(statuses, "all".equals(status), tier.id(), filter.getDepartment(), assigneeId,
				unassigned, priority, filter.getQ(), null, null, "newest".equals(filter.getSort()),
				Math.max(0, filter.getPage()), PAGE_SIZE);
	}

	private static Long parseLong(String value) {
		try {
			return (value == null || value.isBlank()) ? null : Long.valueOf(value);
		}
		catch (NumberFormatException ex) {
			return null;
		}
	}

	/** The queue's filters, bound from the query string. */
	static class QueueFilter {

		private Integer tier;

		private String status = "active";

		private String priority;

		private Long department;

		private String assignee;

		private String q;

		private String sort = "oldest";

		private int page;

		private String field;

		private String value;

		public String getField() {
			return this.field;
		}

		public void setField(String field) {
			this.field = field;
		}

		public String getValue() {
			return this.value;
		}

		public void setValue(String value) {
			this.value = value;
		}

		public Integer getTier() {
			return this.tier;
		}

		public void setTier(Integer tier) {
			this.tier = tier;
		}

		public String getStatus() {
			return this.status;
		}

		public void setStatus(String status) {
			this.status = status;
		}

		public String getPriority() {
			return this.priority;
		}

		public void setPriority(String priority) {
			this.priority = priority;
		}

		public Long getDepartment() {
			return this.department;
		}

		public void setDepartment(Long department) {
			this.department = department;
		}

		public String getAssignee() {
			return this.assignee;
		}

		public void setAssignee(String assignee) {
			this.assignee = assignee;
		}

		public String getQ() {
			return this.q;
		}

		public void setQ(String q) {
			this.q = q;
		}

		public String getSort() {
			return this.sort;
		}

		public void setSort(String sort) {
			this.sort = sort;
		}

		public int getPage() {
			return this.page;
		}

		public void setPage(int page) {
			this.page = page;
		}

	}

}
