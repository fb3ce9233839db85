package org.tierdesk.web;

import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.tierdesk.identity.TierdeskPrincipal;

/**
 * What every page's layout needs: the signed-in user and the languages to switch between.
 */
@ControllerAdvice(annotations = Controller.class)
class ShellAdvice {

	@ModelAttribute("currentUser")
	TierdeskPrincipal currentUser() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		return (authentication != null && authentication.getPrincipal() instanceof TierdeskPrincipal principal)
				? principal : null;
	}

	@ModelAttribute("requestUri")
	String requestUri(HttpServletRequest request) {
		return request.getRequestURI();
	}

	@ModelAttribute("languages")
	List<Locale> languages() {
		return WebConfiguration.SUPPORTED;
	}

}
