package org.tierdesk.channel.portal;

import java.util.Map;
import java.util.Objects;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.tierdesk.platform.FormErrors;
import org.tierdesk.identity.IdentityManagement;
import org.tierdesk.identity.RegisterCustomerCommand;
import org.tierdesk.identity.TierdeskPrincipal;
import org.tierdesk.identity.UserView;
import org.tierdesk.platform.ConflictException;
import org.tierdesk.platform.InvalidInputException;

/**
 * Signing up for a portal account; a new customer is signed in straight away.
 */
@Controller
@RequestMapping("/portal/register")
class PortalRegistrationController {

	private static final Map<String, String> FIELDS = Map.of("displayName", "displayName", "email", "email", "password",
			"password");

	private final IdentityManagement identity;

	private final SecurityContextRepository contexts = new HttpSessionSecurityContextRepository();

	private final SecurityContextHolderStrategy holder = SecurityContextHolder.getContextHolderStrategy();

	PortalRegistrationController(IdentityManagement identity) {
		this.identity = identity;
	}

	@GetMapping
	String form(@AuthenticationPrincipal TierdeskPrincipal user, Model model) {
		if (user != null) {
			return user.isStaff() ? "redirect:/agent" : "redirect:/portal/tickets";
		}
		model.addAttribute("registration", new RegistrationForm());
		return "portal/register";
	}

	@PostMapping
	String register(@Valid @ModelAttribute("registration") RegistrationForm form, BindingResult result,
			HttpServletRequest request, HttpServletResponse response, RedirectAttributes redirect) {
		if (!result.hasFieldErrors("passwordConfirmation")
				&& !Objects.equals(form.getPassword(), form.getPasswordConfirmation())) {
			result.rejectValue("passwordConfirmation", "portal.register.passwordMismatch",
					"The passwords do not match.");
		}
		if (result.hasErrors()) {
			return "portal/register";
		}
		UserView user;
		try {
			user = this.identity.registerCustomer(
					new RegisterCustomerCommand(form.getDisplayName(), form.getEmail(), form.getPassword()));
		}
		catch (ConflictException ex) {
			result.rejectValue("email", ex.getMessageKey(), ex.getArgs(), ex.getMessage());
			return "portal/register";
		}
		catch (InvalidInputException ex) {
			FormErrors.reject(result, ex, FIELDS);
			return "portal/register";
		}
		signIn(user, request, response);
		redirect.addFlashAttribute("successKey", "portal.register.welcome");
		redirect.addFlashAttribute("successArgs", new Object[] { user.displayName() });
		return "redirect:/portal/tickets";
	}

	private void signIn(UserView user, HttpServletRequest request, HttpServletResponse response) {
		TierdeskPrincipal principal = new TierdeskPrincipal(user.id(), user.username(), user.displayName(),
				user.email(), user.role(), user.enabled(), null);
		if (request.getSession(false) != null) {
			// a new session id on sign-in, as the login form does, against session
			// fixation
			request.changeSessionId();
		}
		SecurityContext context = this.holder.createEmptyContext();
		context.setAuthentication(
				UsernamePasswordAuthenticationToken.authenticated(principal, null, principal.getAuthorities()));
		this.holder.setContext(context);
		this.contexts.saveContext(context, request, response);
	}

}
