package org.tierdesk.ticket.web;

import java.util.List;
import java.util.Set;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.tierdesk.desk.CustomFieldManagement;
import org.tierdesk.desk.DeskManagement;
import org.tierdesk.desk.FormFields;
import org.tierdesk.identity.IdentityManagement;
import org.tierdesk.identity.TierdeskPrincipal;
import org.tierdesk.platform.ContentSecurityPolicy;
import org.tierdesk.platform.DomainException;
import org.tierdesk.ticket.Actor;
import org.tierdesk.ticket.NewAttachment;
import org.tierdesk.ticket.Priority;
import org.tierdesk.ticket.TicketDetails;
import org.tierdesk.ticket.TicketAccess;
import org.tierdesk.ticket.TicketManagement;
import org.tierdesk.ticket.TicketView;
import org.tierdesk.ticket.TicketProperties;
import org.tierdesk.ticket.TicketStatus;
import org.tierdesk.ticket.UpdateTicketCommand;

/**
 * One ticket for an agent: its whole history, replies and notes, and the tier actions
 * (escalate, send back, resolve, close). Every form carries the version the agent saw, so
 * a concurrent change is reported, not lost.
 */
@Controller
class AgentTicketController {

	private final TicketManagement tickets;

	private final DeskManagement desk;

	private final IdentityManagement identity;

	private final TicketProperties properties;

	private final CustomFieldManagement fields;

	private final TicketAccess access;

	AgentTicketController(TicketManagement tickets, DeskManagement desk, IdentityManagement identity,
			TicketProperties properties, CustomFieldManagement fields, TicketAccess access) {
		this.access = access;
		this.fields = fields;
		this.tickets = tickets;
		this.desk = desk;
		this.identity = identity;
		this.properties = properties;
	}

	@GetMapping("/agent/tickets/{number}")
	String show(@PathVariable String number, @RequestParam(name = "images", required = false) Set<String> images,
			@AuthenticationPrincipal TierdeskPrincipal user, Model model, HttpServletRequest request,
			HttpServletResponse response) {
		TicketDetails details = this.tickets.details(number, true);
		long tierId = details.ticket().tier().id();
		String attachments = request.getContextPath() + "/agent/attachments/";
		List<ConversationEntry> conversation = ConversationEntry.of(details.ticket(), details.messages(),
				(id) -> attachments + id, (images != null) ? images : Set.of());
		if (ConversationEntry.showsRemoteImages(conversation)) {
			// the agent asked for a mail's remote images: allow images, and nothing else
			response.setHeader(ContentSecurityPolicy.HEADER, ContentSecurityPolicy.REMOTE_IMAGES);
		}
		model.addAttribute("details", details);
		model.addAttribute("conversation", conversation);
		model.addAttribute("t", details.ticket());
		model.addAttribute("canEscalate", this.desk.nextTier(tierId).isPresent());
		model.addAttribute("nextTier", this.desk.nextTier(tierId).orElse(null));
		model.addAttribute("previousTier", this.desk.previousTier(tierId).orElse(null));
		long departmentId = details.ticket().department().id();
		// only agents who see the ticket's department can take it
		model.addAttribute("agents",
				this.identity.agentsOfTier(tierId)
					.stream()
					.filter((agent) -> this.access.scopeOf(agent.id()).includes(departmentId))
					.toList());
		model.addAttribute("departments", this.desk.departments());
		model.addAttribute("priorities", Priority.values());
		model.addAttribute("maxBytes", this.properties.maxAttachmentSize().toBytes());
		StaffFields.addTo(model, this.fields, this.identity, user);
		model.addAttribute("fieldValues", this.tickets.fields(details.ticket().id()));
		return "agent/ticket";
	}

	@PostMapping("/agent/tickets/{number}/messages")
	String reply(@PathVariable String number, @RequestParam(defaultValue = "") String body,
			@RequestParam(defaultValue = "false") boolean internal,
			@RequestParam(name = "attachments", required = false) List<MultipartFile> files,
			@RequestParam(required = false) Long version, @AuthenticationPrincipal TierdeskPrincipal user,
			RedirectAttributes redirect) {
		return act(number, "reply", body, user, redirect, () -> {
			this.tickets.addMessage(number, body, internal, NewAttachment.fromUploads(files), actor(user), version);
			return internal ? "agent.ticket.noteAdded" : "agent.ticket.replied";
		});
	}

	@PostMapping("/agent/tickets/{number}/properties")
	String properties(@PathVariable String number, @RequestParam(required = false) String priority,
			@RequestParam(required = false) Long department, @RequestParam(required = false) String status,
			@RequestParam(required = false) Long version, @AuthenticationPrincipal TierdeskPrincipal user,
			RedirectAttributes redirect) {
		return act(number, "properties", null, user, redirect, () -> {
			Priority newPriority = (priority != null && !priority.isBlank()) ? Priority.fromApiName(priority) : null;
			TicketStatus newStatus = (status != null && !status.isBlank()) ? TicketStatus.fromApiName(status) : null;
			this.tickets.update(number, new UpdateTicketCommand(newPriority, null, false, department, newStatus),
					actor(user), version);
			return "agent.ticket.updated";
		});
	}

	@PostMapping("/agent/tickets/{number}/fields")
	String fields(@PathVariable String number, @RequestParam MultiValueMap<String, String> parameters,
			@RequestParam(required = false) Long version, @AuthenticationPrincipal TierdeskPrincipal user,
			RedirectAttributes redirect) {
		return act(number, "fields", null, user, redirect, () -> {
			this.tickets.update(number,
					UpdateTicketCommand.fields(FormFields.read(parameters), StaffFields.audience(user)), actor(user),
					version);
			return "fields.ticket.saved";
		});
	}

	@PostMapping("/agent/tickets/{number}/assign")
	String assign(@PathVariable String number, @RequestParam(required = false) String assignee,
			@RequestParam(required = false) Long version, @AuthenticationPrincipal TierdeskPrincipal user,
			RedirectAttributes redirect) {
		return act(number, "assign", null, user, redirect, () -> {
			Long assigneeId = "me".equals(assignee) ? Long.valueOf(user.id())
					: (assignee == null || assignee.isBlank()) ? null : Long.valueOf(assignee);
			this.tickets.update(number, UpdateTicketCommand.assign(assigneeId), actor(user), version);
			return "agent.ticket.assigned";
		});
	}

	@PostMapping("/agent/tickets/{number}/escalate")
	String escalate(@PathVariable String number, @RequestParam(defaultValue = "") String note,
			@RequestParam(required = false) Long version, @AuthenticationPrincipal TierdeskPrincipal user,
			RedirectAttributes redirect) {
		return act(number, "escalate", note, user, redirect, () -> {
			this.tickets.escalate(number, note, actor(user), version);
			return "agent.ticket.escalated";
		});
	}

	@PostMapping("/agent/tickets/{number}/send-back")
	String sendBack(@PathVariable String number, @RequestParam(defaultValue = "") String note,
			@RequestParam(required = false) Long version, @AuthenticationPrincipal TierdeskPrincipal user,
			RedirectAttributes redirect) {
		return act(number, "sendBack", note, user, redirect, () -> {
			this.tickets.sendBack(number, note, actor(user), version);
			return "agent.ticket.sentBack";
		});
	}

	@PostMapping("/agent/tickets/{number}/resolve")
	String resolve(@PathVariable String number, @RequestParam(defaultValue = "") String solution,
			@RequestParam(defaultValue = "") String cause, @RequestParam(required = false) Long version,
			@AuthenticationPrincipal TierdeskPrincipal user, RedirectAttributes redirect) {
		redirect.addFlashAttribute("draftCause", cause);
		return act(number, "resolve", solution, user, redirect, () -> {
			this.tickets.resolve(number, solution, cause, actor(user), version);
			return "agent.ticket.resolvedMessage";
		});
	}

	@PostMapping("/agent/tickets/{number}/close")
	String close(@PathVariable String number, @RequestParam(required = false) Long version,
			@AuthenticationPrincipal TierdeskPrincipal user, RedirectAttributes redirect) {
		return act(number, "close", null, user, redirect, () -> {
			this.tickets.close(number, actor(user), version);
			return "agent.ticket.closedMessage";
		});
	}

	private String act(String number, String form, String draft, TierdeskPrincipal user, RedirectAttributes redirect,
			Action action) {
		String canonical = this.tickets.get(number).number();
		try {
			redirect.addFlashAttribute("successKey", action.run());
			TicketView after = this.tickets.get(canonical);
			if (!this.access.scopeOf(user).includes(after)) {
				// moved to a department the agent does not see: back to the queue, saying
				// so
				redirect.addFlashAttribute("successKey", "agent.ticket.movedAway");
				redirect.addFlashAttribute("successArgs", new Object[] { canonical, after.department().name() });
				return "redirect:/agent/queue";
			}
		}
		catch (DomainException ex) {
			redirect.addFlashAttribute("errorKey", ex.getMessageKey());
			redirect.addFlashAttribute("errorArgs", ex.getArgs());
			redirect.addFlashAttribute("draftForm", form);
			redirect.addFlashAttribute("draftText", draft);
		}
		catch (org.springframework.orm.ObjectOptimisticLockingFailureException ex) {
			redirect.addFlashAttribute("errorKey", "error.concurrentEdit");
		}
		return "redirect:/agent/tickets/" + canonical;
	}

	static Actor actor(TierdeskPrincipal user) {
		return Actor.agent(user.id(), user.displayName(), user.email());
	}

	@FunctionalInterface
	interface Action {

		String run();

	}

}
