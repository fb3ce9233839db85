package org.tierdesk.web;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.tierdesk.identity.TierdeskPrincipal;

/**
 * The front door: staff go to their queue, everybody else to the portal; and the sign-in
 * page.
 */
@Controller
class HomeController {

	@GetMapping("/")
	String home(@AuthenticationPrincipal TierdeskPrincipal user) {
		return (user != null && user.isStaff()) ? "redirect:/agent" : "redirect:/portal";
	}

	@GetMapping("/login")
	String login() {
		return "login";
	}

}
