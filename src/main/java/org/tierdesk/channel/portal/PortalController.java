package org.tierdesk.channel.portal;

import java.util.List;
import java.util.Map;

import jakarta.validation.Valid;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.util.StringUtils;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import org.tierdesk.platform.FormErrors;
import org.tierdesk.desk.DepartmentView;
import org.tierdesk.desk.CustomFieldView;
import org.tierdesk.desk.DeskManagement;
import org.tierdesk.desk.FieldAudience;
import org.tierdesk.desk.RequestTypeView;
import org.tierdesk.desk.FormFields;
import org.tierdesk.identity.TierdeskPrincipal;
import org.tierdesk.platform.InvalidInputException;
import org.tierdesk.ticket.Actor;
import org.tierdesk.ticket.Channel;
import org.tierdesk.ticket.NewAttachment;
import org.tierdesk.ticket.OpenTicketCommand;
import org.tierdesk.ticket.Priority;
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

	private final PortalRequestForms forms;

	PortalController(TicketManagement tickets, DeskManagement desk, PortalRequestForms forms) {
		this.tickets = tickets;
		this.desk = desk;
		this.forms = forms;
	}

	@GetMapping
	String home() {
		return "portal/home";
	}

	@GetMapping("/new")
	String newRequest(@RequestParam(required = false) String type, Model model) {
		NewRequestForm form = new NewRequestForm();
		PortalRequestForms.Form requestForm = this.forms.form(type);
		form.setDepartment((requestForm.type() != null && requestForm.type().departmentId() != null)
				? requestForm.type().departmentId() : this.desk.defaultDepartment().id());
		model.addAttribute("newRequest", form);
		return form(model, Map.of(), requestForm);
	}

	@PostMapping("/new")
	String submit(@AuthenticationPrincipal TierdeskPrincipal user,
			@Valid @ModelAttribute("newRequest") NewRequestForm form, BindingResult result,
			@RequestParam MultiValueMap<String, String> parameters, Model model, RedirectAttributes redirect) {
		Map<String, Object> fieldValues = FormFields.read(parameters);
		PortalRequestForms.Form requestForm = this.forms.form(parameters.getFirst("type"));
		RequestTypeView type = requestForm.type();
		if (type != null && type.departmentId() != null) {
			form.setDepartment(type.departmentId());
		}
		TierdeskPrincipal customer = PortalForms.customer(user);
		if (customer != null) {
			form.setName(customer.displayName());
			form.setEmail(customer.email());
		}
		else {
			requireGuestFields(form, result);
		}
		if (result.hasErrors()) {
			return form(model, fieldValues, requestForm);
		}
		Long userId = (customer != null) ? customer.id() : null;
		TicketView ticket;
		try {
			Map<String, Object> answers = this.forms.answers(requestForm, fieldValues, LocaleContextHolder.getLocale());
			// a request type gives its tickets its priority and starting tier
			Priority priority = (type != null && type.priority() != null) ? Priority.fromApiName(type.priority())
					: null;
			ticket = this.tickets.open(
					new OpenTicketCommand(form.getSubject(), form.getDescription(), form.getEmail(), form.getName(),
							userId, Channel.WEB, priority, form.getDepartment(),
							NewAttachment.fromUploads(form.getAttachments()), (type != null) ? type.tierId() : null,
							null)
						.withFields(answers, FieldAudience.CUSTOMER),
					Actor.customer(userId, form.getName(), form.getEmail()));
		}
		catch (InvalidInputException ex) {
			FormErrors.reject(result, ex, (customer != null) ? ACCOUNT_FIELDS : GUEST_FIELDS);
			return form(model, fieldValues, requestForm);
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

	private String form(Model model, Map<String, Object> entered, PortalRequestForms.Form requestForm) {
		model.addAttribute("departments", this.desk.departments().stream().filter(DepartmentView::active).toList());
		model.addAttribute("requestTypes", this.forms.types());
		model.addAttribute("requestForm", requestForm);
		List<CustomFieldView> asked = requestForm.questions().stream().map(PortalRequestForms.Question::field).toList();
		// what the customer typed comes back after an error
		model.addAttribute("fieldValues", FormFields.shown(asked, entered, LocaleContextHolder.getLocale()));
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
