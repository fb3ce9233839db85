package org.tierdesk.ticket.web;

import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.annotation.Configuration;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.HandlerMapping;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.tierdesk.identity.TierdeskPrincipal;
import org.tierdesk.ticket.TicketAccess;

/**
 * Guards every agent screen and API call about one ticket
 * ({@code .../tickets/{number}...} or {@code .../beside/{number}...}, whichever module
 * serves it): a ticket outside the staff member's departments is not found, before the
 * controller runs. Lists and searches limit themselves with {@link TicketAccess#scopeOf}.
 */
class TicketScopeInterceptor implements HandlerInterceptor {

	private final TicketAccess access;

	TicketScopeInterceptor(TicketAccess access) {
		this.access = access;
	}

	@Override
	public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
		String pattern = String.valueOf(request.getAttribute(HandlerMapping.BEST_MATCHING_PATTERN_ATTRIBUTE));
		if (!guards(pattern)) {
			return true;
		}
		Object variables = request.getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE);
		Object number = (variables instanceof Map<?, ?> map) ? map.get("number") : null;
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (number != null && authentication != null
				&& authentication.getPrincipal() instanceof TierdeskPrincipal user) {
			// throws not-found, which the screens and the API answer as for a missing
			// ticket
			this.access.visible(number.toString(), user);
		}
		return true;
	}

	static boolean guards(String pattern) {
		return pattern.contains("/tickets/{number}") || pattern.contains("/beside/{number}");
	}

	@Configuration(proxyBeanMethods = false)
	static class Registration implements WebMvcConfigurer {

		private final TicketAccess access;

		Registration(TicketAccess access) {
			this.access = access;
		}

		@Override
		public void addInterceptors(InterceptorRegistry registry) {
			registry.addInterceptor(new TicketScopeInterceptor(this.access)).addPathPatterns("/agent/**", "/api/v1/**");
		}

	}

}
