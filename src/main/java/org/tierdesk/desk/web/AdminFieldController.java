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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.tierdesk.desk.CustomFieldManagement;
import org.tierdesk.desk.CustomFieldView;
import org.tierdesk.desk.DefineFieldCommand;
import org.tierdesk.desk.FieldAudience;
import org.tierdesk.desk.FieldEntity;
import org.tierdesk.desk.FieldType;
import org.tierdesk.platform.ConflictException;
import org.tierdesk.platform.FormErrors;
import org.tierdesk.platform.InvalidInputException;
import org.tierdesk.platform.NotFoundException;

/**
 * Admin screens for custom fields: the list (order, delete, restore) and the editor with
 * per-language labels and options.
 */
@Controller
@RequestMapping("/admin/fields")
class AdminFieldController {

	private static final String LIST = "admin/fields";

	private static final String FORM = "admin/field-form";

	/** The desk's error fields mapped to the form's. */
	private static final Map<String, String> FIELDS = Map.ofEntries(Map.entry("fields.definition.keyTaken", "key"),
			Map.entry("labels.en", "labels"), Map.entry("rules.min", "min"), Map.entry("rules.max", "max"),
			Map.entry("rules.maxLength", "maxLength"), Map.entry("rules.pattern", "pattern"),
			Map.entry("fields.modified", "version"));

	private final CustomFieldManagement fields;

	AdminFieldController(CustomFieldManagement fields) {
		this.fields = fields;
	}

	@InitBinder("fieldForm")
	void limitOptionRows(WebDataBinder binder) {
		// a form cannot grow a list without bounds: at most 100 options and a few new
		// rows
		binder.setAutoGrowCollectionLimit(110);
	}

	@GetMapping
	String list(@RequestParam(defaultValue = "false") boolean archived, Model model) {
		model.addAttribute("fields",
				archived ? this.fields.allFields(FieldEntity.TICKET) : this.fields.fields(FieldEntity.TICKET));
		model.addAttribute("showArchived", archived);
		return LIST;
	}

	@GetMapping("/new")
	String newField(Model model) {
		model.addAttribute("fieldForm", FieldForm.empty());
		return form(model, null);
	}

	@PostMapping
	String define(@ModelAttribute("fieldForm") FieldForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		DefineFieldCommand command = form.toCommand(true, result);
		if (command != null) {
			try {
				CustomFieldView field = this.fields.defineField(command);
				return done(redirect, "fields.admin.defined", field.key());
			}
			catch (InvalidInputException | ConflictException ex) {
				FormErrors.reject(result, ex, FIELDS);
			}
		}
		form.addEmptyOptionRows();
		return form(model, null);
	}

	@GetMapping("/{id}/edit")
	String edit(@PathVariable long id, Model model) {
		CustomFieldView field = field(id);
		model.addAttribute("fieldForm", FieldForm.of(field));
		return form(model, field);
	}

	@PostMapping("/{id}/edit")
	String change(@PathVariable long id, @ModelAttribute("fieldForm") FieldForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		CustomFieldView field = field(id);
		DefineFieldCommand command = form.toCommand(false, result);
		if (command != null) {
			try {
				CustomFieldView saved = this.fields.changeField(id, command, form.getVersion());
				return done(redirect, "fields.admin.changed", saved.key());
			}
			catch (InvalidInputException | ConflictException ex) {
				FormErrors.reject(result, ex, FIELDS);
			}
		}
		form.setKey(field.key());
		form.setType(field.type());
		form.addEmptyOptionRows();
		return form(model, field);
	}

	@PostMapping("/{id}/archive")
	String archive(@PathVariable long id, RedirectAttributes redirect) {
		return done(redirect, "fields.admin.archivedMessage", this.fields.archiveField(field(id).id()).key());
	}

	@PostMapping("/{id}/restore")
	String restore(@PathVariable long id, RedirectAttributes redirect) {
		try {
			return done(redirect, "fields.admin.restored", this.fields.restoreField(field(id).id()).key());
		}
		catch (InvalidInputException ex) {
			redirect.addFlashAttribute("errorKey", ex.getMessageKey());
			redirect.addFlashAttribute("errorArgs", ex.getArgs());
			return "redirect:/admin/fields?archived=true";
		}
	}

	@PostMapping("/{id}/move")
	String move(@PathVariable long id, @RequestParam boolean up) {
		this.fields.moveField(field(id).id(), up);
		return "redirect:/admin/fields";
	}

	private String form(Model model, CustomFieldView field) {
		model.addAttribute("field", field);
		model.addAttribute("types", FieldType.values());
		model.addAttribute("audiences", FieldAudience.values());
		model.addAttribute("fieldLanguages", CustomFieldView.LANGUAGES);
		return FORM;
	}

	private CustomFieldView field(long id) {
		return this.fields.field(id)
			.orElseThrow(() -> new NotFoundException("fields.notFound", "There is no such field."));
	}

	private static String done(RedirectAttributes redirect, String key, String name) {
		redirect.addFlashAttribute("successKey", key);
		redirect.addFlashAttribute("successArgs", name);
		return "redirect:/admin/fields";
	}

}
