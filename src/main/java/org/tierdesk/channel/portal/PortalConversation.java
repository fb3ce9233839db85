package org.tierdesk.channel.portal;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.function.Predicate;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.tierdesk.platform.FormErrors;
import org.tierdesk.platform.ConflictException;
import org.tierdesk.platform.InvalidInputException;
import org.tierdesk.platform.NotFoundException;
import org.tierdesk.ticket.NewAttachment;
import org.tierdesk.ticket.Actor;
import org.tierdesk.ticket.AttachmentContent;
import org.tierdesk.desk.CustomFieldManagement;
import org.tierdesk.desk.FieldAudience;
import org.tierdesk.desk.FieldEntity;
import org.tierdesk.desk.FieldType;
import org.tierdesk.ticket.TicketManagement;
import org.tierdesk.ticket.TicketView;

/**
 * The ticket page a customer sees, whether they came by private link or signed in: the
 * public conversation, the reply form and the downloads.
 */
@Component
class PortalConversation {

	private static final Map<String, String> FIELDS = Map.of("body", "body", "attachments", "attachments");

	private final TicketManagement tickets;

	private final CustomFieldManagement fields;

	PortalConversation(TicketManagement tickets, CustomFieldManagement fields) {
		this.tickets = tickets;
		this.fields = fields;
	}

	/** The ticket page; {@code basePath} is where replies and downloads go. */
	String show(TicketView ticket, ReplyForm form, String basePath, Model model) {
		model.addAttribute("ticket", ticket);
		model.addAttribute("messages", this.tickets.messages(ticket.number(), false));
		model.addAttribute("reply", form);
		model.addAttribute("basePath", basePath);
		// the custom fields customers may see; agent fields show no staff names here
		model.addAttribute("customFields",
				this.fields.fields(FieldEntity.TICKET)
					.stream()
					.filter((field) -> field.visibleTo(FieldAudience.CUSTOMER) && field.type() != FieldType.AGENT)
					.toList());
		model.addAttribute("fieldValues", this.tickets.fields(ticket.id()));
		model.addAttribute("agentNames", Map.of());
		return "portal/ticket";
	}

	/** Adds the customer's reply, or shows the page again with what is wrong. */
	String reply(TicketView ticket, ReplyForm form, BindingResult result, Actor actor, String basePath, Model model,
			RedirectAttributes redirect) {
		if (!result.hasErrors()) {
			try {
				this.tickets.addMessage(ticket.number(), form.getBody(), false,
						NewAttachment.fromUploads(form.getAttachments()), actor, null);
				redirect.addFlashAttribute("successKey", "portal.ticket.replySent");
				return "redirect:" + basePath;
			}
			catch (ConflictException ex) {
				redirect.addFlashAttribute("errorKey", ex.getMessageKey());
				redirect.addFlashAttribute("errorArgs", ex.getArgs());
				return "redirect:" + basePath;
			}
			catch (InvalidInputException ex) {
				FormErrors.reject(result, ex, FIELDS);
			}
		}
		return show(ticket, form, basePath, model);
	}

	/**
	 * The attachment as a download, if {@code allowed} says this customer may have it.
	 */
	ResponseEntity<byte[]> download(long attachmentId, Predicate<AttachmentContent> allowed) {
		AttachmentContent content = this.tickets.attachment(attachmentId)
			.filter((found) -> !found.internal())
			.filter(allowed)
			.orElseThrow(() -> new NotFoundException("portal.attachment.notFound", "No such file."));
		ContentDisposition disposition = ContentDisposition.attachment()
			.filename(safeFilename(content.attachment().filename()), StandardCharsets.UTF_8)
			.build();
		return ResponseEntity.ok()
			.contentType(mediaType(content.attachment().contentType()))
			.contentLength(content.data().length)
			.header(HttpHeaders.CONTENT_DISPOSITION, disposition.toString())
			.header("X-Content-Type-Options", "nosniff")
			.body(content.data());
	}

	static String safeFilename(String filename) {
		String safe = (filename != null) ? filename.replaceAll("[\\p{Cntrl}\"\\\\/:*?<>|;]", "_").strip() : "";
		if (safe.length() > 200) {
			safe = safe.substring(safe.length() - 200);
		}
		return (safe.isEmpty() || safe.chars().allMatch((c) -> c == '.')) ? "attachment" : safe;
	}

	private static MediaType mediaType(String contentType) {
		try {
			return (contentType != null) ? MediaType.parseMediaType(contentType) : MediaType.APPLICATION_OCTET_STREAM;
		}
		catch (IllegalArgumentException ex) {
			return MediaType.APPLICATION_OCTET_STREAM;
		}
	}

}
