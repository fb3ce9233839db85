package org.tierdesk.channel.email.web;

import java.util.Map;

import jakarta.validation.Valid;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.tierdesk.channel.email.mailbox.MailboxManagement;
import org.tierdesk.channel.email.mailbox.MailboxView;
import org.tierdesk.desk.DeskManagement;
import org.tierdesk.platform.ConflictException;
import org.tierdesk.platform.FormErrors;
import org.tierdesk.platform.InvalidInputException;

/**
 * Admin screens for adding and changing a mailbox, with a connection test that shows its
 * answer on the form (in place with htmx, or with the whole form without JavaScript).
 */
@Controller
@RequestMapping("/admin/mailboxes")
class AdminMailboxController {

	static final String FORM = "admin/mailbox-form";

	private static final Map<String, String> FIELDS = Map.of("mailbox.name.duplicate", "name",
			"mailbox.address.duplicate", "supportAddress", "mailbox.duplicate", "name");

	private final MailboxManagement mailboxes;

	private final DeskManagement desk;

	AdminMailboxController(MailboxManagement mailboxes, DeskManagement desk) {
		this.mailboxes = mailboxes;
		this.desk = desk;
	}

	@GetMapping("/new")
	String add(Model model) {
		model.addAttribute("mailboxForm", new MailboxForm());
		return form(model, null);
	}

	@PostMapping("/new")
	String create(@Valid @ModelAttribute("mailboxForm") MailboxForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		if (!result.hasErrors()) {
			try {
				MailboxView created = this.mailboxes.create(form.toCommand());
				return AdminMailboxListController.done(redirect, "mailbox.created", created.name());
			}
			catch (InvalidInputException | ConflictException ex) {
				FormErrors.reject(result, ex, FIELDS);
			}
		}
		return form(model, null);
	}

	@GetMapping("/{id}/edit")
	String edit(@PathVariable long id, Model model) {
		MailboxView mailbox = AdminMailboxListController.mailbox(this.mailboxes, id);
		model.addAttribute("mailboxForm", MailboxForm.of(mailbox));
		return form(model, mailbox);
	}

	@PostMapping("/{id}/edit")
	String update(@PathVariable long id, @Valid @ModelAttribute("mailboxForm") MailboxForm form, BindingResult result,
			Model model, RedirectAttributes redirect) {
		MailboxView mailbox = AdminMailboxListController.mailbox(this.mailboxes, id);
		if (!result.hasErrors()) {
			try {
				MailboxView saved = this.mailboxes.update(id, form.toCommand());
				return AdminMailboxListController.done(redirect, "mailbox.updated", saved.name());
			}
			catch (InvalidInputException | ConflictException ex) {
				FormErrors.reject(result, ex, FIELDS);
			}
		}
		return form(model, mailbox);
	}

	@PostMapping("/test")
	String testNew(@ModelAttribute("mailboxForm") MailboxForm form, BindingResult result,
			@RequestHeader(name = "HX-Request", required = false) String htmx, Model model) {
		return test(form, result, null, "true".equals(htmx), model);
	}

	@PostMapping("/{id}/test")
	String testExisting(@PathVariable long id, @ModelAttribute("mailboxForm") MailboxForm form, BindingResult result,
			@RequestHeader(name = "HX-Request", required = false) String htmx, Model model) {
		return test(form, result, AdminMailboxListController.mailbox(this.mailboxes, id), "true".equals(htmx), model);
	}

	/**
	 * Tests the settings on the form (a blank secret: the stored one, for the same
	 * server); a setting that cannot work is the answer.
	 */
	private String test(MailboxForm form, BindingResult result, MailboxView mailbox, boolean htmx, Model model) {
		if (!result.hasErrors()) {
			try {
				model.addAttribute("check",
						this.mailboxes.testConnection(form.toCommand(), (mailbox != null) ? mailbox.id() : null));
			}
			catch (InvalidInputException ex) {
				model.addAttribute("testError", ex);
				FormErrors.reject(result, ex, FIELDS);
			}
		}
		if (htmx) {
			return FORM + " :: testResult";
		}
		return form(model, mailbox);
	}

	private String form(Model model, MailboxView mailbox) {
		((MailboxForm) model.getAttribute("mailboxForm")).setSecret(null);
		model.addAttribute("mailbox", mailbox);
		model.addAttribute("departments", this.desk.departments());
		model.addAttribute("tiers", this.desk.tiers());
		return FORM;
	}

}
