package org.tierdesk.ticket.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.tierdesk.ticket.TicketManagement;

/**
 * The Solutions view: every technician browses and searches the solution documentation of
 * resolved tickets.
 */
@Controller
class SolutionController {

	private final TicketManagement tickets;

	SolutionController(TicketManagement tickets) {
		this.tickets = tickets;
	}

	@GetMapping("/agent/solutions")
	String solutions(@RequestParam(required = false) String q, Model model) {
		model.addAttribute("q", q);
		model.addAttribute("hits", this.tickets.solutions(q, 50));
		return "agent/solutions";
	}

}
