package org.tierdesk.ticket.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.tierdesk.identity.TierdeskPrincipal;
import org.tierdesk.ticket.TicketAccess;
import org.tierdesk.ticket.TicketManagement;

/**
 * The Solutions view: every technician browses and searches the solution documentation of
 * resolved tickets.
 */
@Controller
class SolutionController {

	private final TicketManagement tickets;

	private final TicketAccess access;

	SolutionController(TicketManagement tickets, TicketAccess access) {
		this.tickets = tickets;
		this.access = access;
	}

	@GetMapping("/agent/solutions")
	String solutions(@RequestParam(required = false) String q, @AuthenticationPrincipal TierdeskPrincipal user,
			Model model) {
		model.addAttribute("q", q);
		model.addAttribute("hits", this.tickets.solutions(q, 50, this.access.scopeOf(user)));
		return "agent/solutions";
	}

}
