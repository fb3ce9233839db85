package org.tierdesk.desk.web;

import java.util.Map;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.tierdesk.desk.CustomFieldManagement;
import org.tierdesk.desk.CustomFieldView;
import org.tierdesk.desk.DeskManagement;
import org.tierdesk.desk.FieldAudience;
import org.tierdesk.desk.FieldEntity;
import org.tierdesk.desk.RequestTypeManagement;
import org.tierdesk.desk.RequestTypeView;
import org.tierdesk.platform.ConflictException;
import org.tierdesk.platform.FormErrors;
import org.tierdesk.platform.InvalidInputException;
import org.tierdesk.platform.NotFoundException;

/**
 * Admin screens for request types: the list and the editor with names per language,
 * defaults, and the portal form's questions with their conditions.
 */
@Controller
@RequestMapping("/admin/request-types")
class AdminRequestTypeController {

	private static final Map<String, String> FIELDS = Map.of("requestTypes.keyTaken", "key", "names.en", "names",
			"fields", "questions", "requestTypes.modified", "version");

	private final RequestTypeManagement types;

	private final CustomFieldManagement fields;

	private final DeskManagement desk;

	AdminRequestTypeController(RequestTypeManagement types, CustomFieldManagement fields, DeskManagement desk) {
		this.types = types;
		this.fields = fields;
		this.desk = desk;
	}

	@InitBinder("requestTypeForm")
	void limitRows(WebDataBinder binder) {
		binder.setAutoGrowCollectionLimit(60);
	}

	@GetMapping
	String list(Model model) {
		model.addAttribute("requestTypes", this.types.requestTypes());
		model.addAttribute("departments", this.desk.departments());
		model.addAttribute("tiers", this.desk.tiers());
		return "admin/request-types";
	}

	@GetMapping("/new")
	String newType(Model model) {
		model.addAttribute("requestTypeForm", RequestTypeForm.empty());
		return form(model, null);
	}

	@PostMapping
	String define(@ModelAttribute("requestTypeForm") RequestTypeForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		try {
			RequestTypeView type = this.types.defineRequestType(form.toCommand(true));
			return done(redirect, "requestTypes.admin.defined", type.key());
		}
		catch (InvalidInputException | ConflictException ex) {
			FormErrors.reject(result, ex, FIELDS);
		}
		form.addEmptyRows();
		return form(model, null);
	}

	@GetMapping("/{id}/edit")
	String edit(@PathVariable long id, Model model) {
		RequestTypeView type = type(id);
		model.addAttribute("requestTypeForm", RequestTypeForm.of(type));
		return form(model, type);
	}

	@PostMapping("/{id}/edit")
	String change(@PathVariable long id, @ModelAttribute("requestTypeForm") RequestTypeForm form, BindingResult result,
			Model model, RedirectAttributes redirect) {
		RequestTypeView type = type(id);
		try {
			RequestTypeView saved = this.types.changeRequestType(id, form.toCommand(false), form.getVersion());
			return done(redirect, "requestTypes.admin.changed", saved.key());
		}
		catch (InvalidInputException | ConflictException ex) {
			FormErrors.reject(result, ex, FIELDS);
		}
		form.setKey(type.key());
		form.addEmptyRows();
		return form(model, type);
	}

	private String form(Model model, RequestTypeView type) {
		model.addAttribute("requestType", type);
		model.addAttribute("customerFields",
				this.fields.fields(FieldEntity.TICKET)
					.stream()
					.filter((field) -> field.editableBy(FieldAudience.CUSTOMER))
					.toList());
		model.addAttribute("departments", this.desk.departments());
		model.addAttribute("tiers", this.desk.tiers());
		model.addAttribute("priorities", RequestTypeView.PRIORITIES);
		model.addAttribute("fieldLanguages", CustomFieldView.LANGUAGES);
		return "admin/request-type-form";
	}

	private RequestTypeView type(long id) {
		return this.types.requestType(id)
			.orElseThrow(() -> new NotFoundException("requestTypes.notFound", "There is no such request type."));
	}

	private static String done(RedirectAttributes redirect, String key, String name) {
		redirect.addFlashAttribute("successKey", key);
		redirect.addFlashAttribute("successArgs", name);
		return "redirect:/admin/request-types";
	}

}
