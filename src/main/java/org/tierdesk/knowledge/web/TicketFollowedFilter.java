package org.tierdesk.knowledge.web;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.web.filter.OncePerRequestFilter;
import org.tierdesk.knowledge.QuestionLog;

/**
 * Notes in the question log that a visitor who asked the help center went on to submit a
 * request (the portal's request form answered with a redirect, its success). Registered
 * in {@link KnowledgeWebConfiguration} for that one path only.
 */
class TicketFollowedFilter extends OncePerRequestFilter {

	private static final Logger log = LoggerFactory.getLogger(TicketFollowedFilter.class);

	private final QuestionLog questions;

	TicketFollowedFilter(QuestionLog questions) {
		this.questions = questions;
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		return !("POST".equals(request.getMethod()) && "/portal/new".equals(request.getRequestURI()));
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		chain.doFilter(request, response);
		String visitor = Visitors.of(request);
		if (visitor != null && response.getStatus() == HttpServletResponse.SC_FOUND
				&& String.valueOf(response.getHeader("Location")).contains("/portal/submitted")) {
			try {
				this.questions.ticketFollowed(visitor);
			}
			catch (RuntimeException ex) {
				// the request is in; a question log that cannot be written must not hide
				// that
				log.warn("Could not note the request in the question log", ex);
			}
		}
	}

}
