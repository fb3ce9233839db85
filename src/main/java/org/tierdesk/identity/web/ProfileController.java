package org.tierdesk.identity.web;

import java.time.Clock;
import java.time.ZoneId;
import java.util.List;
import java.util.regex.Pattern;

import jakarta.servlet.http.HttpSession;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.tierdesk.identity.IdentityManagement;
import org.tierdesk.identity.TierdeskPrincipal;
import org.tierdesk.identity.UserPreferences;
import org.tierdesk.platform.FormErrors;
import org.tierdesk.platform.InvalidInputException;
import org.tierdesk.platform.Languages;

/**
 * Each user's own settings, language and time zone: agents and admins under
 * {@code /agent/profile}, customers under {@code /portal/profile}, each in their own
 * layout.
 */
@Controller
class ProfileController {

	/** Time zones people live in (no legacy aliases such as {@code US/Pacific}). */
	private static final Pattern REGION = Pattern
		.compile("(Africa|America|Antarctica|Asia|Atlantic|Australia|Europe|Indian|Pacific)/[A-Za-z_/-]+");

	static final List<String> TIME_ZONES = ZoneId.getAvailableZoneIds()
		.stream()
		.filter((id) -> REGION.matcher(id).matches())
		.sorted()
		.toList();

	private final IdentityManagement identity;

	private final Clock clock;

	ProfileController(IdentityManagement identity, Clock clock) {
		this.identity = identity;
		this.clock = clock;
	}

	@GetMapping("/agent/profile")
	String agent(@AuthenticationPrincipal TierdeskPrincipal user, Model model) {
		return show(user, model, "agent/profile");
	}

	@GetMapping("/portal/profile")
	String portal(@AuthenticationPrincipal TierdeskPrincipal user, Model model) {
		if (user.isStaff()) {
			return "redirect:/agent/profile";
		}
		return show(user, model, "portal/profile");
	}

	@PostMapping("/agent/profile")
	String saveAgent(@AuthenticationPrincipal TierdeskPrincipal user, @ModelAttribute("profileForm") ProfileForm form,
			BindingResult result, HttpSession session, Model model, RedirectAttributes redirect) {
		return save(user, form, result, session, model, redirect, "agent/profile");
	}

	@PostMapping("/portal/profile")
	String savePortal(@AuthenticationPrincipal TierdeskPrincipal user, @ModelAttribute("profileForm") ProfileForm form,
			BindingResult result, HttpSession session, Model model, RedirectAttributes redirect) {
		if (user.isStaff()) {
			return "redirect:/agent/profile";
		}
		return save(user, form, result, session, model, redirect, "portal/profile");
	}

	private String show(TierdeskPrincipal user, Model model, String view) {
		UserPreferences preferences = this.identity.preferences(user.id());
		ProfileForm form = new ProfileForm();
		form.setLanguage(preferences.language());
		form.setTimeZone(preferences.timeZone());
		model.addAttribute("profileForm", form);
		return page(model, view);
	}

	private String save(TierdeskPrincipal user, ProfileForm form, BindingResult result, HttpSession session,
			Model model, RedirectAttributes redirect, String view) {
		try {
			UserPreferences saved = this.identity.changePreferences(user.id(),
					new UserPreferences(form.getLanguage(), form.getTimeZone()));
			session.setAttribute(UserPreferences.SESSION_ATTRIBUTE, saved);
			redirect.addFlashAttribute("successKey", "profile.saved");
			return "redirect:/" + view;
		}
		catch (InvalidInputException ex) {
			FormErrors.reject(result, ex);
			return page(model, view);
		}
	}

	private String page(Model model, String view) {
		model.addAttribute("now", this.clock.instant());
		model.addAttribute("profileLanguages", Languages.SUPPORTED);
		model.addAttribute("timeZones", TIME_ZONES);
		return view;
	}

}
