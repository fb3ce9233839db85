package org.tierdesk.api;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.tierdesk.api.TicketApiModels.SolutionJson;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.tierdesk.identity.TierdeskPrincipal;
import org.tierdesk.ticket.TicketAccess;
import org.tierdesk.ticket.TicketManagement;

/**
 * Solution documentation of resolved tickets, found by words, for every technician to
 * reuse.
 */
@RestController
@RequestMapping("/api/v1/solutions")
@Tag(name = "Solutions")
class SolutionApiController {

	private final TicketManagement tickets;

	private final TicketAccess access;

	SolutionApiController(TicketManagement tickets, TicketAccess access) {
		this.tickets = tickets;
		this.access = access;
	}

	@GetMapping
	@Operation(summary = "Solutions containing all the words (in solution, cause or subject), newest first; "
			+ "only of tickets in the caller's departments")
	List<SolutionJson> search(@RequestParam(required = false) String q, @RequestParam(defaultValue = "25") int limit,
			@AuthenticationPrincipal TierdeskPrincipal user) {
		return this.tickets.solutions(q, limit, this.access.scopeOf(user))
			.stream()
			.map((hit) -> new SolutionJson(hit.number(), hit.subject(), hit.solution(), hit.cause(), hit.resolvedBy(),
					hit.resolvedAt(), hit.tierName(), hit.status().apiName()))
			.toList();
	}

}
