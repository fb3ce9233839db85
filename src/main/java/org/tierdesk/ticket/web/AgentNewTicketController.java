package org.tierdesk.ticket.web;

import java.util.List;
import java.util.Map;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.tierdesk.desk.CustomFieldManagement;
import org.tierdesk.desk.CustomFieldView;
import org.tierdesk.desk.DeskManagement;
import org.tierdesk.desk.FormFields;
import org.tierdesk.identity.IdentityManagement;
import org.tierdesk.identity.TierdeskPrincipal;
import org.tierdesk.platform.FormErrors;
import org.tierdesk.platform.InvalidInputException;
import org.tierdesk.ticket.Channel;
import org.tierdesk.ticket.NewAttachment;
import org.tierdesk.ticket.OpenTicketCommand;
import org.tierdesk.ticket.Priority;
import org.tierdesk.ticket.TicketAccess;
import org.tierdesk.ticket.TicketManagement;
import org.tierdesk.ticket.TicketProperties;
import org.tierdesk.ticket.TicketView;

/**
 * An agent logs a request that came in by phone (or in person) on the caller's behalf.
 */
@Controller
class AgentNewTicketController {

	// the desk names the caller's fields after the requester; the form after the caller
	private static final Map<String, String> REQUESTER_FIELDS = Map.of("requester.email", "email", "requester.name",
			"name");

	private final TicketManagement tickets;

	private final DeskManagement desk;

	private final TicketProperties properties;

	private final CustomFieldManagement fields;

	private final IdentityManagement identity;

	private final TicketAccess access;

	AgentNewTicketController(TicketManagement tickets, DeskManagement desk, TicketProperties properties,
			CustomFieldManagement fields, IdentityManagement identity, TicketAccess access) {
		this.access = access;
		this.tickets = tickets;
		this.desk = desk;
		this.properties = properties;
		this.fields = fields;
		this.identity = identity;
	}

	@GetMapping("/agent/tickets/new")
	String form(@AuthenticationPrincipal TierdeskPrincipal user, Model model) {
		model.addAttribute("form", new NewTicketForm());
		return prepare(model, user, Map.of());
	}

	@PostMapping("/agent/tickets/new")
	String create(@Valid @ModelAttribute("form") NewTicketForm form, BindingResult result,
			@RequestParam(name = "attachments", required = false) List<MultipartFile> files,
			@RequestParam MultiValueMap<String, String> parameters, @AuthenticationPrincipal TierdeskPrincipal user,
			Model model, RedirectAttributes redirect) {
		Map<String, Object> fieldValues = FormFields.read(parameters);
		if (result.hasErrors()) {
			return prepare(model, user, fieldValues);
		}
		try {
			TicketView ticket = this.tickets.open(new OpenTicketCommand(form.getSubject(), form.getDescription(),
					form.getEmail(), form.getName(), null, Channel.fromApiName(form.getChannel()),
					Priority.fromApiName(form.getPriority()), form.getDepartment(), NewAttachment.fromUploads(files))
				.withFields(fieldValues, StaffFields.audience(user)), AgentTicketController.actor(user));
			if (!this.access.scopeOf(user).includes(ticket)) {
				// logged for a department the agent does not see (a call for HR, say)
				redirect.addFlashAttribute("successKey", "agent.newTicket.createdElsewhere");
				redirect.addFlashAttribute("successArgs", new Object[] { ticket.number(), ticket.department().name() });
				return "redirect:/agent/queue";
			}
			redirect.addFlashAttribute("successKey", "agent.newTicket.created");
			redirect.addFlashAttribute("successArgs", new Object[] { ticket.number() });
			return "redirect:/agent/tickets/" + ticket.number();
		}
		catch (InvalidInputException ex) {
			FormErrors.reject(result, ex, REQUESTER_FIELDS);
			return prepare(model, user, fieldValues);
		}
	}

	private String prepare(Model model, TierdeskPrincipal user, Map<String, Object> entered) {
		StaffFields.addTo(model, this.fields, this.identity, user);
		@SuppressWarnings("unchecked")
		List<CustomFieldView> editable = (List<CustomFieldView>) model.getAttribute("editableFields");
		model.addAttribute("fieldValues", FormFields.shown(editable, entered, LocaleContextHolder.getLocale()));
		model.addAttribute("departments", this.desk.departments().stream().filter((d) -> d.active()).toList());
		model.addAttribute("priorities", Priority.values());
		model.addAttribute("channels", List.of(Channel.PHONE, Channel.EMAIL, Channel.WEB));
		model.addAttribute("maxBytes", this.properties.maxAttachmentSize().toBytes());
		return "agent/new-ticket";
	}

	/** The call log form. */
	static class NewTicketForm {

		@NotBlank
		@Size(max = 200)
		private String name;

		@NotBlank
		@Email
		@Size(max = 254)
		private String email;

		@NotBlank
		@Size(max = 200)
		private String subject;

		@NotBlank
		@Size(max = 100_000)
		private String description;

		private String priority = "normal";

		private String channel = "phone";

		private Long department;

		public String getName() {
			return this.name;
		}

		public void setName(String name) {
			this.name = name;
		}

		public String getEmail() {
			return this.email;
		}

		public void setEmail(String email) {
			this.email = email;
		}

		public String getSubject() {
			return this.subject;
		}

		public void setSubject(String subject) {
			this.subject = subject;
		}

		public String getDescription() {
			return this.description;
		}

		public void setDescription(String description) {
			this.description = description;
		}

		public String getPriority() {
			return this.priority;
		}

		public void setPriority(String priority) {
			this.priority = priority;
		}

		public String getChannel() {
			return this.channel;
		}

		public void setChannel(String channel) {
			this.channel = channel;
		}

		public Long getDepartment() {
			return this.department;
		}

		public void setDepartment(Long department) {
			this.department = department;
		}

	}

}
