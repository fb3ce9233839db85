package org.tierdesk.desk.web;

import java.util.Map;

import jakarta.validation.Valid;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.tierdesk.desk.DepartmentView;
import org.tierdesk.desk.DeskManagement;
import org.tierdesk.platform.ConflictException;
import org.tierdesk.platform.FormErrors;
import org.tierdesk.platform.InvalidInputException;
import org.tierdesk.platform.NotFoundException;

/**
 * Admin screen for departments: list, add, rename, switch on and off, make confidential,
 * choose the sending address.
 */
@Controller
@RequestMapping("/admin/departments")
class AdminDepartmentController {

	private static final String LIST = "admin/departments";

	private static final String FORM = "admin/department-form";

	private static final Map<String, String> FIELDS = Map.of("desk.department.duplicate", "name");

	private final DeskManagement desk;

	AdminDepartmentController(DeskManagement desk) {
		this.desk = desk;
	}

	@GetMapping
	String list(Model model) {
		model.addAttribute("departmentForm", new DepartmentForm());
		return page(model);
	}

	@PostMapping
	String add(@Valid @ModelAttribute("departmentForm") DepartmentForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		if (!result.hasErrors()) {
			try {
				DepartmentView department = this.desk.addDepartment(form.toCommand());
				return done(redirect, "admin.departments.added", department.name());
			}
			catch (InvalidInputException | ConflictException ex) {
				FormErrors.reject(result, ex, FIELDS);
			}
		}
		return page(model);
	}

	@GetMapping("/{id}/edit")
	String edit(@PathVariable long id, Model model) {
		DepartmentView department = department(id);
		DepartmentForm form = new DepartmentForm();
		form.setName(department.name());
		form.setActive(department.active());
		form.setConfidential(department.confidential());
		form.setSenderAddress(department.senderAddress());
		model.addAttribute("department", department);
		model.addAttribute("departmentForm", form);
		return FORM;
	}

	@PostMapping("/{id}/edit")
	String update(@PathVariable long id, @Valid @ModelAttribute("departmentForm") DepartmentForm form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		DepartmentView department = department(id);
		if (!result.hasErrors()) {
			try {
				DepartmentView saved = this.desk.updateDepartment(id, form.toCommand());
				return done(redirect, "admin.departments.updated", saved.name());
			}
			catch (InvalidInputException | ConflictException ex) {
				FormErrors.reject(result, ex, FIELDS);
			}
		}
		model.addAttribute("department", department);
		return FORM;
	}

	@PostMapping("/{id}/active")
	String switchActive(@PathVariable long id, @RequestParam boolean active, RedirectAttributes redirect) {
		DepartmentView department = department(id);
		DepartmentView saved = this.desk.updateDepartment(id, department.name(), active);
		return done(redirect, saved.active() ? "admin.departments.activated" : "admin.departments.deactivated",
				saved.name());
	}

	private String page(Model model) {
		model.addAttribute("departments", this.desk.departments());
		return LIST;
	}

	private DepartmentView department(long id) {
		return this.desk.department(id)
			.orElseThrow(() -> new NotFoundException("desk.department.notFound", "No such department."));
	}

	private static String done(RedirectAttributes redirect, String key, String name) {
		redirect.addFlashAttribute("successKey", key);
		// the layout's flash message takes one argument
		redirect.addFlashAttribute("successArgs", name);
		return "redirect:/admin/departments";
	}

}
