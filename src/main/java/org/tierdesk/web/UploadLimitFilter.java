package org.tierdesk.web;

import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.boot.security.autoconfigure.web.servlet.SecurityFilterProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Lets an upload over the size limit reach the friendly "too large" message. Tomcat
 * refuses to read the form fields of such a request, so the CSRF check, which runs first,
 * would fail with an error page; the upload forms of the screens therefore also carry the
 * token in the query string, and this filter lets the CSRF check read it there. The
 * multipart parsing then fails in the dispatcher as usual, where the upload-limit advice
 * answers.
 */
@Configuration(proxyBeanMethods = false)
class UploadLimitFilter {

	@Bean
	FilterRegistrationBean<OncePerRequestFilter> uploadLimitFilterRegistration() {
		FilterRegistrationBean<OncePerRequestFilter> registration = new FilterRegistrationBean<>(
				new QueryParametersOnOversizedUpload());
		registration.addUrlPatterns("/portal/*", "/agent/*", "/admin/*");
		registration.setOrder(SecurityFilterProperties.DEFAULT_FILTER_ORDER - 1);
		return registration;
	}

	static final class QueryParametersOnOversizedUpload extends OncePerRequestFilter {

		@Override
		protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
				throws ServletException, IOException {
			String type = request.getContentType();
			boolean multipart = type != null && type.toLowerCase(Locale.ROOT).startsWith("multipart/");
			chain.doFilter(multipart ? new Wrapper(request) : request, response);
		}

	}

	/** Falls back to the query-string parameters when the body cannot be parsed. */
	static final class Wrapper extends HttpServletRequestWrapper {

		Wrapper(HttpServletRequest request) {
			super(request);
		}

		@Override
		public String getParameter(String name) {
			try {
				return super.getParameter(name);
			}
			catch (IllegalStateException ex) {
				List<String> values = queryParameters().get(name);
				return (values != null) ? values.get(0) : null;
			}
		}

		@Override
		public String[] getParameterValues(String name) {
			try {
				return super.getParameterValues(name);
			}
			catch (IllegalStateException ex) {
				List<String> values = queryParameters().get(name);
				return (values != null) ? values.toArray(String[]::new) : null;
			}
		}

		@Override
		public Map<String, String[]> getParameterMap() {
			try {
				return super.getParameterMap();
			}
			catch (IllegalStateException ex) {
				Map<String, String[]> map = new LinkedHashMap<>();
				queryParameters().forEach((key, values) -> map.put(key, values.toArray(String[]::new)));
				return map;
			}
		}

		@Override
		public Enumeration<String> getParameterNames() {
			try {
				return super.getParameterNames();
			}
			catch (IllegalStateException ex) {
				return Collections.enumeration(queryParameters().keySet());
			}
		}

		private Map<String, List<String>> queryParameters() {
			Map<String, List<String>> parameters = new LinkedHashMap<>();
			String query = getQueryString();
			if (query == null || query.isEmpty()) {
				return parameters;
			}
			for (String pair : query.split("&")) {
				int eq = pair.indexOf('=');
				String key = URLDecoder.decode((eq < 0) ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
				String value = (eq < 0) ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
				parameters.computeIfAbsent(key, (k) -> new ArrayList<>()).add(value);
			}
			return parameters;
		}

	}

}
