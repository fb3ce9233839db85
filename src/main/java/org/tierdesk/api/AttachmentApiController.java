package org.tierdesk.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.tierdesk.platform.NotFoundException;
import org.tierdesk.ticket.AttachmentContent;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.tierdesk.identity.TierdeskPrincipal;
import org.tierdesk.ticket.TicketAccess;
import org.tierdesk.ticket.TicketManagement;

/**
 * Attachment downloads for agents.
 */
@RestController
@Tag(name = "Attachments")
class AttachmentApiController {

	private final TicketManagement tickets;

	private final TicketAccess access;

	AttachmentApiController(TicketManagement tickets, TicketAccess access) {
		this.tickets = tickets;
		this.access = access;
	}

	@GetMapping("/api/v1/attachments/{id}")
	@Operation(summary = "Download an attachment")
	ResponseEntity<byte[]> download(@PathVariable long id, @AuthenticationPrincipal TierdeskPrincipal user) {
		AttachmentContent content = this.tickets.attachment(id)
			// a file of a ticket outside the agent's departments is not found either
			.filter((file) -> this.access.canSee(file.ticketNumber(), user))
			.orElseThrow(() -> new NotFoundException("attachment.notFound", "No such attachment."));
		return ResponseEntity.ok()
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment()
						.filename(content.attachment().filename(), java.nio.charset.StandardCharsets.UTF_8)
						.build()
						.toString())
			.header("X-Content-Type-Options", "nosniff")
			.contentType(safeType(content.attachment().contentType()))
			.body(content.data());
	}

	static MediaType safeType(String contentType) {
		try {
			return MediaType.parseMediaType(contentType);
		}
		catch (RuntimeException ex) {
			return MediaType.APPLICATION_OCTET_STREAM;
		}
	}

}
