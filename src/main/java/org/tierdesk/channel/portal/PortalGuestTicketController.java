package org.tierdesk.channel.portal;

import java.security.MessageDigest;
import java.nio.charset.StandardCharsets;

import jakarta.validation.Valid;

import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.tierdesk.platform.NotFoundException;
import org.tierdesk.ticket.Actor;
import org.tierdesk.ticket.TicketManagement;
import org.tierdesk.ticket.TicketView;

/**
 * A guest's ticket, reached through the private link they got when they asked.
 */
@Controller
@RequestMapping("/portal/t/{token}")
class PortalGuestTicketController {

	private final TicketManagement tickets;

	private final PortalConversation conversation;

	PortalGuestTicketController(TicketManagement tickets, PortalConversation conversation) {
		this.tickets = tickets;
		this.conversation = conversation;
	}

	@GetMapping
	String show(@PathVariable String token, Model model) {
		return this.conversation.show(ticket(token), new ReplyForm(), basePath(token), model);
	}

	@PostMapping("/reply")
	String reply(@PathVariable String token, @Valid @ModelAttribute("reply") ReplyForm form, BindingResult result,
			Model model, RedirectAttributes redirect) {
		TicketView ticket = ticket(token);
		Actor requester = Actor.customer(ticket.requester().userId(), ticket.requester().name(),
				ticket.requester().email());
		return this.conversation.reply(ticket, form, result, requester, basePath(token), model, redirect);
	}

	@GetMapping("/attachments/{id}")
	ResponseEntity<byte[]> attachment(@PathVariable String token, @PathVariable long id) {
		TicketView ticket = ticket(token);
		return this.conversation.download(id,
				(content) -> content.ticketNumber().equals(ticket.number()) && content.accessToken() != null
						&& MessageDigest.isEqual(content.accessToken().getBytes(StandardCharsets.UTF_8),
								token.getBytes(StandardCharsets.UTF_8)));
	}

	private TicketView ticket(String token) {
		return this.tickets.findByAccessToken(token)
			.orElseThrow(() -> new NotFoundException("portal.ticket.linkNotFound", "This link leads to no request."));
	}

	private static String basePath(String token) {
		return "/portal/t/" + token;
	}

}
