package org.tierdesk.web;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.ZoneId;
import java.util.Collections;
import java.util.Locale;
import java.util.Optional;
import java.util.TimeZone;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import org.springframework.context.i18n.LocaleContext;
import org.springframework.context.i18n.TimeZoneAwareLocaleContext;
import org.springframework.http.ResponseCookie;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.servlet.LocaleContextResolver;
import org.tierdesk.identity.IdentityManagement;
import org.tierdesk.identity.TierdeskPrincipal;
import org.tierdesk.identity.UserPreferences;
import org.tierdesk.platform.Languages;
import org.tierdesk.platform.NotFoundException;
import org.tierdesk.platform.TimeZones;

/**
 * The language and time zone of a request (ADR 0025). Language: the signed-in user's
 * setting, else the switcher's choice (a cookie), else the browser's
 * {@code Accept-Language}, else English. Time zone: the user's setting, else the
 * browser's (a cookie the page's script sets), else the desk's. A signed-in user who uses
 * the switcher changes their setting, so that the choice follows them to other browsers.
 * Settings are read once per session.
 */
class UserLocaleResolver implements LocaleContextResolver {

	static final String LANGUAGE_COOKIE = "tierdesk-lang";

	static final String TIME_ZONE_COOKIE = "tierdesk-tz";

	private static final String LOCALE_ATTRIBUTE = UserLocaleResolver.class.getName() + ".locale";

	private static final String TIME_ZONE_ATTRIBUTE = UserLocaleResolver.class.getName() + ".timeZone";

	private final IdentityManagement identity;

	private final ZoneId deskZone;

	UserLocaleResolver(IdentityManagement identity, ZoneId deskZone) {
		this.identity = identity;
		this.deskZone = deskZone;
	}

	@Override
	public LocaleContext resolveLocaleContext(HttpServletRequest request) {
		return new TimeZoneAwareLocaleContext() {

			@Override
			public Locale getLocale() {
				return resolveLocale(request);
			}

			@Override
			public TimeZone getTimeZone() {
				return TimeZone.getTimeZone(resolveZone(request));
			}

		};
	}

	@Override
	public Locale resolveLocale(HttpServletRequest request) {
		Object resolved = request.getAttribute(LOCALE_ATTRIBUTE);
		if (resolved instanceof Locale locale) {
			return locale;
		}
		Locale locale = preferences(request).flatMap((p) -> Languages.supported(p.language()))
			.or(() -> Languages.supported(cookie(request, LANGUAGE_COOKIE)))
			.or(() -> browserLanguage(request))
			.orElse(Locale.ENGLISH);
		request.setAttribute(LOCALE_ATTRIBUTE, locale);
		return locale;
	}

	ZoneId resolveZone(HttpServletRequest request) {
		Object resolved = request.getAttribute(TIME_ZONE_ATTRIBUTE);
		if (resolved instanceof ZoneId zone) {
			return zone;
		}
		ZoneId zone = preferences(request).flatMap((p) -> TimeZones.parse(p.timeZone()))
			.or(() -> TimeZones.parse(cookie(request, TIME_ZONE_COOKIE)))
			.orElse(this.deskZone);
		request.setAttribute(TIME_ZONE_ATTRIBUTE, zone);
		return zone;
	}

	@Override
	public void setLocaleContext(HttpServletRequest request, HttpServletResponse response, LocaleContext context) {
		Optional<Locale> chosen = Languages.supported((context != null) ? context.getLocale() : null);
		if (chosen.isEmpty()) {
			return;
		}
		Locale locale = chosen.get();
		request.setAttribute(LOCALE_ATTRIBUTE, locale);
		if (response != null) {
			response.addHeader("Set-Cookie",
					ResponseCookie.from(LANGUAGE_COOKIE, locale.getLanguage())
						.path("/")
						.maxAge(Duration.ofDays(365))
						.sameSite("Lax")
						.httpOnly(true)
						.build()
						.toString());
		}
		signedIn().ifPresent((user) -> {
			HttpSession session = request.getSession(false);
			UserPreferences current = preferences(request).orElseGet(UserPreferences::none);
			if (!locale.getLanguage().equals(current.language())) {
				UserPreferences changed = this.identity.changePreferences(user.id(),
						current.withLanguage(locale.getLanguage()));
				if (session != null) {
					session.setAttribute(UserPreferences.SESSION_ATTRIBUTE, changed);
				}
			}
		});
	}

	@Override
	public void setLocale(HttpServletRequest request, HttpServletResponse response, Locale locale) {
		setLocaleContext(request, response, (locale != null) ? () -> locale : null);
	}

	/**
	 * The signed-in user's settings, read once per session; none without a session (the
	 * API is stateless and follows {@code Accept-Language}).
	 */
	private Optional<UserPreferences> preferences(HttpServletRequest request) {
		HttpSession session = request.getSession(false);
		if (session == null) {
			return Optional.empty();
		}
		Optional<TierdeskPrincipal> user = signedIn();
		if (user.isEmpty()) {
			return Optional.empty();
		}
		Object stored = session.getAttribute(UserPreferences.SESSION_ATTRIBUTE);
		if (stored instanceof UserPreferences preferences) {
			return Optional.of(preferences);
		}
		UserPreferences preferences;
		try {
			preferences = this.identity.preferences(user.get().id());
		}
		catch (NotFoundException ex) {
			// the account is gone; the page still needs a language
			preferences = null;
		}
		preferences = (preferences != null) ? preferences : UserPreferences.none();
		session.setAttribute(UserPreferences.SESSION_ATTRIBUTE, preferences);
		return Optional.of(preferences);
	}

	private static Optional<TierdeskPrincipal> signedIn() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		return (authentication != null && authentication.getPrincipal() instanceof TierdeskPrincipal principal)
				? Optional.of(principal) : Optional.empty();
	}

	private static Optional<Locale> browserLanguage(HttpServletRequest request) {
		if (request.getHeader("Accept-Language") == null) {
			return Optional.empty();
		}
		for (Locale requested : Collections.list(request.getLocales())) {
			Optional<Locale> supported = Languages.supported(requested);
			if (supported.isPresent()) {
				return supported;
			}
		}
		return Optional.empty();
	}

	private static String cookie(HttpServletRequest request, String name) {
		Cookie[] cookies = request.getCookies();
		if (cookies != null) {
			for (Cookie cookie : cookies) {
				if (name.equals(cookie.getName())) {
					return URLDecoder.decode(cookie.getValue(), StandardCharsets.UTF_8);
				}
			}
		}
		return null;
	}

}
