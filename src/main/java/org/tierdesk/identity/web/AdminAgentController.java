package org.tierdesk.identity.web;

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
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.tierdesk.desk.DeskManagement;
import org.tierdesk.identity.IdentityManagement;
import org.tierdesk.identity.UserView;
import org.tierdesk.platform.ConflictException;
import org.tierdesk.platform.FormErrors;
import org.tierdesk.platform.InvalidInputException;
import org.tierdesk.platform.NotFoundException;

/**
 * Admin screen for staff: list agents and admins, add one, change one (role, tiers,
 * departments, password, enabled).
 */
@Controller
@RequestMapping("/admin/agents")
class AdminAgentController {

	private static final String LIST = "admin/agents";

	private static final String FORM = "admin/agent-form";

	private static final Map<String, String> FIELDS = Map.of("identity.user.usernameTaken", "username",
			"identity.user.emailTaken", "email", "identity.user.lastAdmin", "role");

	private final IdentityManagement identity;

	private final DeskManagement desk;

	AdminAgentController(IdentityManagement identity, DeskManagement desk) {
		this.identity = identity;
		this.desk = desk;
	}

	@GetMapping
	String list(Model model) {
		model.addAttribute("agents", this.identity.staff());
		model.addAttribute("tiers", this.desk.tiers());
		model.addAttribute("departments", this.desk.departments());
		return LIST;
	}

	@GetMapping("/new")
	String add(Model model) {
		model.addAttribute("agentForm", new AgentForm());
		return form(model, null);
	}

	@PostMapping("/new")
	String create(@Valid @ModelAttribute("agentForm") AgentForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		if (form.getPassword() == null || form.getPassword().isEmpty()) {
			result.rejectValue("password", "validation.required", "This field is required.");
		}
		if (!result.hasErrors()) {
			try {
				UserView created = this.identity.createAgent(form.toCommand());
				return done(redirect, "admin.agents.created", created.displayName());
			}
			catch (InvalidInputException | ConflictException ex) {
				FormErrors.reject(result, ex, FIELDS);
			}
		}
		form.setPassword(null);
		return form(model, null);
	}

	@GetMapping("/{id}/edit")
	String edit(@PathVariable long id, Model model) {
		UserView agent = agent(id);
		model.addAttribute("agentForm", AgentForm.of(agent));
		return form(model, agent);
	}

	@PostMapping("/{id}/edit")
	String update(@PathVariable long id, @Valid @ModelAttribute("agentForm") AgentForm form, BindingResult result,
			Model model, RedirectAttributes redirect) {
		UserView agent = agent(id);
		if (!result.hasErrors()) {
			try {
				UserView saved = this.identity.updateAgent(id, form.toCommand());
				return done(redirect, "admin.agents.updated", saved.displayName());
			}
			catch (InvalidInputException | ConflictException ex) {
				FormErrors.reject(result, ex, FIELDS);
			}
		}
		form.setPassword(null);
		return form(model, agent);
	}

	private String form(Model model, UserView agent) {
		model.addAttribute("agent", agent);
		model.addAttribute("tiers", this.desk.tiers());
		model.addAttribute("departments", this.desk.departments());
		return FORM;
	}

	private UserView agent(long id) {
		return this.identity.user(id)
			.filter((user) -> user.role().isStaff())
			.orElseThrow(() -> new NotFoundException("identity.user.notFound", "No such agent."));
	}

	private static String done(RedirectAttributes redirect, String key, String name) {
		redirect.addFlashAttribute("successKey", key);
		// the layout's flash message takes one argument
		redirect.addFlashAttribute("successArgs", name);
		return "redirect:/admin/agents";
	}

}
