package org.tierdesk.knowledge.web;

import java.time.Duration;
import java.util.UUID;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.ResponseCookie;

/**
 * The anonymous token that ties one browser's questions, opened articles and request
 * together in the question log. It says nothing about the person.
 */
final class Visitors {

	static final String COOKIE = "td-visitor";

	private Visitors() {
	}

	/** The browser's token, if it has one. */
	static String of(HttpServletRequest request) {
		if (request.getCookies() != null) {
			for (Cookie cookie : request.getCookies()) {
				if (COOKIE.equals(cookie.getName()) && cookie.getValue().matches("[0-9a-f-]{36}")) {
					return cookie.getValue();
				}
			}
		}
		return null;
	}

	/** The browser's token, given to it now when it has none. */
	static String ensure(HttpServletRequest request, HttpServletResponse response) {
		String visitor = of(request);
		if (visitor == null) {
			visitor = UUID.randomUUID().toString();
			response.addHeader("Set-Cookie",
					ResponseCookie.from(COOKIE, visitor)
						.path("/portal")
						.httpOnly(true)
						.sameSite("Lax")
						.maxAge(Duration.ofDays(30))
						.build()
						.toString());
		}
		return visitor;
	}

}
