package org.tierdesk.channel.portal;

import java.util.Objects;

import jakarta.validation.Valid;

import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;
import org.tierdesk.identity.TierdeskPrincipal;
import org.tierdesk.platform.NotFoundException;
import org.tierdesk.ticket.Actor;
import org.tierdesk.ticket.TicketManagement;
import org.tierdesk.ticket.TicketQuery;
import org.tierdesk.ticket.TicketView;

/**
 * A signed-in customer's own requests. Anybody else's ticket does not exist for them.
 */
@Controller
@RequestMapping("/portal/tickets")
class PortalTicketController {

	static final int PAGE_SIZE = 20;

	private final TicketManagement tickets;

	private final PortalConversation conversation;

	PortalTicketController(TicketManagement tickets, PortalConversation conversation) {
		this.tickets = tickets;
		this.conversation = conversation;
	}

	@GetMapping
	String list(@AuthenticationPrincipal TierdeskPrincipal user, @RequestParam(defaultValue = "0") int page,
			Model model) {
		model.addAttribute("page", this.tickets.search(TicketQuery.ofRequester(user.id(), page, PAGE_SIZE)));
		return "portal/tickets";
	}

	@GetMapping("/{number}")
	String show(@AuthenticationPrincipal TierdeskPrincipal user, @PathVariable String number, Model model) {
		TicketView ticket = own(number, user);
		return this.conversation.show(ticket, new ReplyForm(), basePath(ticket), model);
	}

	@PostMapping("/{number}/reply")
	String reply(@AuthenticationPrincipal TierdeskPrincipal user, @PathVariable String number,
			@Valid @ModelAttribute("reply") ReplyForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		TicketView ticket = own(number, user);
		Actor customer = Actor.customer(user.id(), user.displayName(), user.email());
		return this.conversation.reply(ticket, form, result, customer, basePath(ticket), model, redirect);
	}

	@GetMapping("/{number}/attachments/{id}")
	ResponseEntity<byte[]> attachment(@AuthenticationPrincipal TierdeskPrincipal user, @PathVariable String number,
			@PathVariable long id) {
		TicketView ticket = own(number, user);
		return this.conversation.download(id, (content) -> content.ticketNumber().equals(ticket.number())
				&& Objects.equals(content.requesterUserId(), user.id()));
	}

	private TicketView own(String number, TierdeskPrincipal user) {
		return this.tickets.find(number)
			.filter((ticket) -> Objects.equals(ticket.requester().userId(), user.id()))
			.orElseThrow(() -> new NotFoundException("ticket.notFound", "There is no ticket {0}.", number));
	}

	private static String basePath(TicketView ticket) {
		return UriComponentsBuilder.fromPath("/portal/tickets/{number}")
			.buildAndExpand(ticket.number())
			.encode()
			.toUriString();
	}

}
