package org.tierdesk.channel.portal;

import java.util.Map;

import jakarta.validation.Valid;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.StringUtils;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import org.tierdesk.platform.FormErrors;
import org.tierdesk.desk.DepartmentView;
import org.tierdesk.desk.DeskManagement;
import org.tierdesk.identity.TierdeskPrincipal;
import org.tierdesk.platform.InvalidInputException;
import org.tierdesk.ticket.Actor;
import org.tierdesk.ticket.Channel;
import org.tierdesk.ticket.NewAttachment;
import org.tierdesk.ticket.OpenTicketCommand;
import org.tierdesk.ticket.TicketManagement;
import org.tierdesk.ticket.TicketView;

/**
 * The help-center home and the request form, for guests and signed-in customers.
 */
@Controller
@RequestMapping("/portal")
class PortalController {

	private static final Map<String, String> ACCOUNT_FIELDS = Map.of("subject", "subject", "description", "description",
			"attachments", "attachments", "department", "department");

	// a signed-in customer does not type name and e-mail: errors on those go above the
	// form
	private static final Map<String, String> GUEST_FIELDS = Map.of("subject", "subject", "description", "description",
			"attachments", "attachments", "department", "department", "requester.email", "email", "requester.name",
			"name");

	private final TicketManagement tickets;

	private final DeskManagement desk;

	PortalController(TicketManagement tickets, DeskManagement desk) {
		this.tickets = tickets;
		this.desk = desk;
	}

	@GetMapping
	String home() {
		return "portal/home";
	}

	@GetMapping("/new")
	String newRequest(Model model) {
		NewRequestForm form = new NewRequestForm();
		form.setDepartment(this.desk.defaultDepartment().id());
		model.addAttribute("newRequest", form);
		return form(model);
	}

	@PostMapping("/new")
	String submit(@AuthenticationPrincipal TierdeskPrincipal user,
			@Valid @ModelAttribute("newRequest") NewRequestForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		TierdeskPrincipal customer = PortalForms.customer(user);
		if (customer != null) {
			form.setName(customer.displayName());
			form.setEmail(customer.email());
		}
		else {
			requireGuestFields(form, result);
		}
		if (result.hasErrors()) {
			return form(model);
		}
		Long userId = (customer != null) ? customer.id() : null;
		TicketView ticket;
		try {
			ticket = this.tickets.open(
					new OpenTicketCommand(form.getSubject(), form.getDescription(), form.getEmail(), form.getName(),
							userId, Channel.WEB, null, form.getDepartment(),
							NewAttachment.fromUploads(form.getAttachments())),
					Actor.customer(userId, form.getName(), form.getEmail()));
		}
		catch (InvalidInputException ex) {
			FormErrors.reject(result, ex, (customer != null) ? ACCOUNT_FIELDS : GUEST_FIELDS);
			return form(model);
		}
		redirect.addFlashAttribute("ticketNumber", ticket.number());
		redirect.addFlashAttribute("accessToken", ticket.accessToken());
		return "redirect:/portal/submitted";
	}

	@GetMapping("/submitted")
	String submitted(Model model) {
		if (!(model.getAttribute("accessToken") instanceof String token)) {
			return "redirect:/portal";
		}
		model.addAttribute("privateLink",
				ServletUriComponentsBuilder.fromCurrentContextPath()
					.path("/portal/t/{token}")
					.buildAndExpand(token)
					.toUriString());
		return "portal/submitted";
	}

	private String form(Model model) {
		model.addAttribute("departments", this.desk.departments().stream().filter(DepartmentView::active).toList());
		return "portal/new";
	}

	private static void requireGuestFields(NewRequestForm form, BindingResult result) {
		if (!StringUtils.hasText(form.getName())) {
			result.rejectValue("name", "validation.required", "This field is required.");
		}
		if (!StringUtils.hasText(form.getEmail())) {
			result.rejectValue("email", "validation.required", "This field is required.");
		}
	}

}
