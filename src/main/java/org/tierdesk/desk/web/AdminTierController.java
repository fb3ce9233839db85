package org.tierdesk.desk.web;

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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.tierdesk.desk.DeskManagement;
import org.tierdesk.desk.TierView;
import org.tierdesk.platform.FormErrors;
import org.tierdesk.platform.InvalidInputException;
import org.tierdesk.platform.NotFoundException;

/**
 * Admin screen for the support tiers: list them in level order, add, rename and reorder.
 */
@Controller
@RequestMapping("/admin")
class AdminTierController {

	private static final String LIST = "admin/tiers";

	private static final String FORM = "admin/tier-form";

	private final DeskManagement desk;

	AdminTierController(DeskManagement desk) {
		this.desk = desk;
	}

	@GetMapping
	String home() {
		return "redirect:/admin/tiers";
	}

	@GetMapping("/tiers")
	String list(Model model) {
		model.addAttribute("tierForm", new NameForm());
		return page(model, LIST);
	}

	@PostMapping("/tiers")
	String add(@Valid @ModelAttribute("tierForm") NameForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		if (!result.hasErrors()) {
			try {
				TierView tier = this.desk.addTier(form.getName());
				return done(redirect, "admin.tiers.added", tier.name());
			}
			catch (InvalidInputException ex) {
				FormErrors.reject(result, ex);
			}
		}
		return page(model, LIST);
	}

	@GetMapping("/tiers/{id}/edit")
	String edit(@PathVariable long id, Model model) {
		TierView tier = tier(id);
		model.addAttribute("tier", tier);
		model.addAttribute("tierForm", new NameForm(tier.name()));
		return FORM;
	}

	@PostMapping("/tiers/{id}/edit")
	String rename(@PathVariable long id, @Valid @ModelAttribute("tierForm") NameForm form, BindingResult result,
			Model model, RedirectAttributes redirect) {
		TierView tier = tier(id);
		if (!result.hasErrors()) {
			try {
				TierView renamed = this.desk.renameTier(id, form.getName());
				return done(redirect, "admin.tiers.renamed", renamed.name());
			}
			catch (InvalidInputException ex) {
				FormErrors.reject(result, ex);
			}
		}
		model.addAttribute("tier", tier);
		return FORM;
	}

	@PostMapping("/tiers/{id}/move")
	String move(@PathVariable long id, @RequestParam String direction,
			@RequestHeader(name = "HX-Request", required = false) String htmx, Model model,
			RedirectAttributes redirect) {
		tier(id);
		if (!"up".equals(direction) && !"down".equals(direction)) {
			throw new InvalidInputException("direction", "validation.oneOf", "Must be one of: {0}.", "up, down");
		}
		this.desk.moveTier(id, "up".equals(direction));
		TierView moved = tier(id);
		if ("true".equals(htmx)) {
			model.addAttribute("moved", moved);
			return page(model, LIST + " :: tierTable");
		}
		return done(redirect, "admin.tiers.moved", moved.name());
	}

	private String page(Model model, String view) {
		model.addAttribute("tiers", this.desk.tiers());
		return view;
	}

	private TierView tier(long id) {
		return this.desk.tier(id).orElseThrow(() -> new NotFoundException("desk.tier.notFound", "No such tier."));
	}

	private static String done(RedirectAttributes redirect, String key, String name) {
		redirect.addFlashAttribute("successKey", key);
		// the layout's flash message takes one argument
		redirect.addFlashAttribute("successArgs", name);
		return "redirect:/admin/tiers";
	}

}
