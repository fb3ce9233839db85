package org.tierdesk.ticket.web;

import java.util.Comparator;
import java.util.List;
import java.util.Set;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.tierdesk.desk.DeskManagement;
import org.tierdesk.desk.TierView;
import org.tierdesk.identity.IdentityManagement;
import org.tierdesk.identity.TierdeskPrincipal;
import org.tierdesk.ticket.Priority;
import org.tierdesk.ticket.TicketManagement;
import org.tierdesk.ticket.TicketPage;
import org.tierdesk.ticket.TicketQuery;
import org.tierdesk.ticket.TicketStatus;

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

	AgentQueueController(TicketManagement tickets, DeskManagement desk, IdentityManagement identity) {
		this.tickets = tickets;
		this.desk = desk;
		this.identity = identity;
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
		TicketPage page = this.tickets.search(toQuery(filter, tier, user));
		model.addAttribute("tiers", tiers);
		model.addAttribute("currentTier", tier);
		model.addAttribute("page", page);
		model.addAttribute("departments", this.desk.departments());
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
