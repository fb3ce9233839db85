package org.tierdesk.identity.web;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.tierdesk.identity.CreatedApiToken;
import org.tierdesk.identity.IdentityManagement;
import org.tierdesk.identity.TierdeskPrincipal;
import org.tierdesk.platform.DomainException;

/**
 * An agent's personal API tokens: create (the secret is shown once), list and revoke.
 */
@Controller
class ApiTokenController {

	private final IdentityManagement identity;

	ApiTokenController(IdentityManagement identity) {
		this.identity = identity;
	}

	@GetMapping("/agent/tokens")
	String list(@AuthenticationPrincipal TierdeskPrincipal user, Model model) {
		model.addAttribute("tokens", this.identity.apiTokens(user.id()));
		return "agent/tokens";
	}

	@PostMapping("/agent/tokens")
	String create(@RequestParam(defaultValue = "") String name, @AuthenticationPrincipal TierdeskPrincipal user,
			RedirectAttributes redirect) {
		try {
			CreatedApiToken created = this.identity.createApiToken(user.id(), name);
			redirect.addFlashAttribute("newSecret", created.secret());
			redirect.addFlashAttribute("successKey", "agent.tokens.created");
		}
		catch (DomainException ex) {
			redirect.addFlashAttribute("errorKey", ex.getMessageKey());
			redirect.addFlashAttribute("errorArgs", ex.getArgs());
		}
		return "redirect:/agent/tokens";
	}

	@PostMapping("/agent/tokens/{id}/revoke")
	String revoke(@PathVariable long id, @AuthenticationPrincipal TierdeskPrincipal user, RedirectAttributes redirect) {
		this.identity.revokeApiToken(user.id(), id);
		redirect.addFlashAttribute("successKey", "agent.tokens.revoked");
		return "redirect:/agent/tokens";
	}

}
