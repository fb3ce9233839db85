package org.tierdesk.ticket.web;

import java.nio.charset.StandardCharsets;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.tierdesk.platform.NotFoundException;
import org.tierdesk.ticket.AttachmentContent;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.tierdesk.identity.TierdeskPrincipal;
import org.tierdesk.ticket.TicketAccess;
import org.tierdesk.ticket.TicketManagement;

/**
 * Attachment downloads for agents; always as a download, never rendered inline.
 */
@Controller
class AgentAttachmentController {

	private final TicketManagement tickets;

	private final TicketAccess access;

	AgentAttachmentController(TicketManagement tickets, TicketAccess access) {
		this.tickets = tickets;
		this.access = access;
	}

	@GetMapping("/agent/attachments/{id}")
	ResponseEntity<byte[]> download(@PathVariable long id, @AuthenticationPrincipal TierdeskPrincipal user) {
		AttachmentContent content = this.tickets.attachment(id)
			// a file of a ticket outside the agent's departments is not found either
			.filter((file) -> this.access.canSee(file.ticketNumber(), user))
			.orElseThrow(() -> new NotFoundException("attachment.notFound", "No such attachment."));
		MediaType type;
		try {
			type = MediaType.parseMediaType(content.attachment().contentType());
		}
		catch (RuntimeException ex) {
			type = MediaType.APPLICATION_OCTET_STREAM;
		}
		return ResponseEntity.ok()
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment()
						.filename(content.attachment().filename(), StandardCharsets.UTF_8)
						.build()
						.toString())
			.header("X-Content-Type-Options", "nosniff")
			.contentType(type)
			.body(content.data());
	}

}
