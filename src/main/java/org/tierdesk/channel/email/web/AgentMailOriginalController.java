package org.tierdesk.channel.email.web;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.tierdesk.channel.email.InboundMailLog;
import org.tierdesk.channel.email.InboundMailView;
import org.tierdesk.identity.TierdeskPrincipal;
import org.tierdesk.platform.NotFoundException;
import org.tierdesk.ticket.TicketAccess;

/**
 * The original of a ticket message that came by mail, as the agent downloads it from the
 * ticket page ("Original message (.eml)").
 */
@Controller
class AgentMailOriginalController {

	private final InboundMailLog log;

	private final TicketAccess access;

	AgentMailOriginalController(InboundMailLog log, TicketAccess access) {
		this.log = log;
		this.access = access;
	}

	@GetMapping("/agent/mail/messages/{ticketMessageId}/original")
	void original(@PathVariable long ticketMessageId, @AuthenticationPrincipal TierdeskPrincipal user,
			HttpServletResponse response) {
		InboundMailView mail = this.log.findByTicketMessage(ticketMessageId)
			// the original of a ticket outside the agent's departments is not found
			// either
			.filter((found) -> this.access.canSee(found.ticketNumber(), user))
			.orElseThrow(() -> new NotFoundException("mail.originalMissing",
					"Message {0} did not come by mail, or its original is not kept.", ticketMessageId));
		MailOriginals.send(this.log, mail.id(), "message-" + ticketMessageId + ".eml", response);
	}

}
