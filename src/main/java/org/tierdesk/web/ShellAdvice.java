package org.tierdesk.web;

import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.tierdesk.desk.BrandingManagement;
import org.tierdesk.desk.BrandingView;
import org.tierdesk.identity.TierdeskPrincipal;

/**
 * What every page's layout needs: the signed-in user, the languages to switch between and
 * the desk's branding.
 */
@ControllerAdvice(annotations = Controller.class)
class ShellAdvice {

	private final ObjectProvider<BrandingManagement> branding;

	/**
	 * The branding is optional so that web slices of other modules need not provide it.
	 */
	ShellAdvice(ObjectProvider<BrandingManagement> branding) {
		this.branding = branding;
	}

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

	@ModelAttribute("brand")
	BrandingView brand() {
		BrandingManagement management = this.branding.getIfAvailable();
		return (management != null) ? management.branding() : BrandingView.defaults();
	}

	@ModelAttribute("languages")
	List<Locale> languages() {
		return WebConfiguration.SUPPORTED;
	}

}
