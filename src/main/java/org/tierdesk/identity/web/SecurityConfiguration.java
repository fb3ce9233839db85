package org.tierdesk.identity.web;

import java.io.IOException;
import java.net.URI;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.authentication.AuthenticationEventPublisher;
import org.springframework.security.authentication.DefaultAuthenticationEventPublisher;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.web.authentication.ExceptionMappingAuthenticationFailureHandler;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.web.filter.OncePerRequestFilter;
import org.tierdesk.identity.TierdeskPrincipal;
import org.tierdesk.identity.domain.IdentityService;
import org.tierdesk.platform.ContentSecurityPolicy;

import tools.jackson.databind.json.JsonMapper;

/**
 * Two doors: the REST API (stateless, HTTP Basic or a personal bearer token, problem+json
 * errors) and the screens (login form, session, CSRF on every form).
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

	@Bean
	PasswordEncoder passwordEncoder() {
		return PasswordEncoderFactories.createDelegatingPasswordEncoder();
	}

	@Bean
	DaoAuthenticationProvider authenticationProvider(IdentityService users, PasswordEncoder passwordEncoder,
			LoginThrottle throttle) {
		DaoAuthenticationProvider provider = new DaoAuthenticationProvider(users);
		provider.setPasswordEncoder(passwordEncoder);
		provider.setPreAuthenticationChecks((user) -> {
			throttle.check(user.getUsername());
			if (!user.isEnabled()) {
				throw new DisabledException("Account disabled");
			}
		});
		return provider;
	}

	@Bean
	AuthenticationEventPublisher authenticationEventPublisher(ApplicationEventPublisher publisher) {
		return new DefaultAuthenticationEventPublisher(publisher);
	}

	@Bean
	@Order(1)
	SecurityFilterChain apiSecurity(HttpSecurity http, IdentityService identity, JsonMapper json) throws Exception {
		http.securityMatcher("/api/**")
			.csrf((csrf) -> csrf.disable())
			.sessionManagement((session) -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.httpBasic((basic) -> basic.authenticationEntryPoint((request, response, ex) -> problem(json, request,
					response, HttpStatus.UNAUTHORIZED, "Authentication required",
					"Sign in with HTTP Basic or send 'Authorization: Bearer <token>'.")))
			.exceptionHandling((errors) -> errors
				.authenticationEntryPoint((request, response, ex) -> problem(json, request, response,
						HttpStatus.UNAUTHORIZED, "Authentication required",
						"Sign in with HTTP Basic or send 'Authorization: Bearer <token>'."))
				.accessDeniedHandler((request, response, ex) -> problem(json, request, response, HttpStatus.FORBIDDEN,
						"Forbidden", "Your account may not use this part of the API.")))
			.addFilterBefore(new BearerTokenFilter(identity), BasicAuthenticationFilter.class)
			.authorizeHttpRequests((auth) -> auth
				.requestMatchers("/api/v1/admin/**", "/api/v1/mailboxes/**", "/api/v1/mail/**", "/api/v1/fields/**",
						"/api/v1/request-types/**")
				.hasRole("ADMIN")
				// published public articles are for everyone; the knowledge module shows
				// each reader only what their role allows
				.requestMatchers(HttpMethod.GET, "/api/v1/knowledge/articles", "/api/v1/knowledge/articles/*",
						"/api/v1/knowledge/categories")
				.permitAll()
				.anyRequest()
				.hasRole("AGENT"));
		return http.build();
	}

	@Bean
	@Order(2)
	SecurityFilterChain webSecurity(HttpSecurity http) throws Exception {
		SavedRequestAwareAuthenticationSuccessHandler success = new SavedRequestAwareAuthenticationSuccessHandler() {
			@Override
			protected String determineTargetUrl(HttpServletRequest request, HttpServletResponse response) {
				Object principal = SecurityContextHolder.getContext().getAuthentication().getPrincipal();
				return (principal instanceof TierdeskPrincipal user && user.isStaff()) ? "/agent" : "/portal/tickets";
			}
		};
		http.authorizeHttpRequests((auth) -> auth
			.requestMatchers("/", "/login", "/error", "/css/**", "/js/**", "/img/**", "/webjars/**", "/favicon.ico",
					"/brand/logo", "/actuator/health/**", "/v3/api-docs/**", "/swagger-ui/**", "/swagger-ui.html")
			.permitAll()
			.requestMatchers("/portal/tickets/**")
			.hasRole("CUSTOMER")
			.requestMatchers("/portal/profile")
			.authenticated()
			.requestMatchers("/portal/**")
			.permitAll()
			.requestMatchers("/admin/**")
			.hasRole("ADMIN")
			.requestMatchers("/agent/**")
			.hasRole("AGENT")
			.anyRequest()
			.authenticated())
			.formLogin((form) -> form.loginPage("/login")
				.successHandler(success)
				.failureHandler(new ExceptionMappingAuthenticationFailureHandler() {
					{
						setDefaultFailureUrl("/login?error");
						setExceptionMappings(java.util.Map.of(LockedException.class.getName(), "/login?locked"));
					}
				})
				.permitAll())
			.logout((logout) -> logout.logoutSuccessUrl("/login?logout"))
			.headers((headers) -> headers
				.contentSecurityPolicy((csp) -> csp.policyDirectives(ContentSecurityPolicy.DEFAULT)))
			.httpBasic(Customizer.withDefaults());
		return http.build();
	}

	static void problem(JsonMapper json, HttpServletRequest request, HttpServletResponse response, HttpStatus status,
			String title, String detail) throws IOException {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
		problem.setTitle(title);
		problem.setInstance(URI.create(request.getRequestURI()));
		response.setStatus(status.value());
		if (status == HttpStatus.UNAUTHORIZED) {
			response.setHeader("WWW-Authenticate", "Basic realm=\"Tierdesk\", Bearer");
		}
		response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
		json.writeValue(response.getOutputStream(), problem);
	}

	/** Authenticates {@code Authorization: Bearer td_…} with a personal API token. */
	static final class BearerTokenFilter extends OncePerRequestFilter {

		private final IdentityService identity;

		BearerTokenFilter(IdentityService identity) {
			this.identity = identity;
		}

		@Override
		protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
				throws ServletException, IOException {
			String header = request.getHeader("Authorization");
			if (header != null && header.regionMatches(true, 0, "Bearer ", 0, 7)) {
				this.identity.authenticateToken(header.substring(7).strip()).ifPresent((principal) -> {
					var authentication = UsernamePasswordAuthenticationToken.authenticated(principal, null,
							principal.getAuthorities());
					var context = SecurityContextHolder.createEmptyContext();
					context.setAuthentication(authentication);
					SecurityContextHolder.setContext(context);
				});
			}
			chain.doFilter(request, response);
		}

	}

}
