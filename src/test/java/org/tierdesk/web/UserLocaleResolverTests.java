package org.tierdesk.web;

import java.time.ZoneId;
import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.Cookie;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.tierdesk.identity.IdentityManagement;
import org.tierdesk.identity.Role;
import org.tierdesk.identity.TierdeskPrincipal;
import org.tierdesk.identity.UserPreferences;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

/**
 * Language: the user's setting, else the switcher's cookie, else Accept-Language, else
 * English. Time zone: the user's setting, else the browser's cookie, else the desk's.
 */
class UserLocaleResolverTests {

	static final ZoneId DESK = ZoneId.of("Europe/Rome");

	final IdentityManagement identity = mock(IdentityManagement.class);

	final UserLocaleResolver resolver = new UserLocaleResolver(this.identity, DESK);

	@AfterEach
	void signOut() {
		SecurityContextHolder.clearContext();
	}

	@Test
	void shouldTakeTheBestSupportedBrowserLanguage() {
		MockHttpServletRequest request = new MockHttpServletRequest();
		request.addHeader("Accept-Language", "de-DE, fi;q=0.8, nl;q=0.5");
		request.setPreferredLocales(List.of(Locale.GERMANY, Locale.forLanguageTag("fi"), Locale.forLanguageTag("nl")));
		assertThat(this.resolver.resolveLocale(request)).isEqualTo(Locale.forLanguageTag("fi"));
	}

	@Test
	void shouldFallBackToEnglish() {
		MockHttpServletRequest request = new MockHttpServletRequest();
		request.addHeader("Accept-Language", "de");
		request.setPreferredLocales(List.of(Locale.GERMAN));
		assertThat(this.resolver.resolveLocale(request)).isEqualTo(Locale.ENGLISH);
		assertThat(this.resolver.resolveLocale(new MockHttpServletRequest())).isEqualTo(Locale.ENGLISH);
	}

	@Test
	void shouldPreferTheSwitchersChoiceToTheBrowser() {
		MockHttpServletRequest request = browser("nl");
		request.setCookies(new Cookie("tierdesk-lang", "it"));
		assertThat(this.resolver.resolveLocale(request)).isEqualTo(Locale.ITALIAN);
		MockHttpServletRequest unknown = browser("nl");
		unknown.setCookies(new Cookie("tierdesk-lang", "xx"));
		assertThat(this.resolver.resolveLocale(unknown)).isEqualTo(Locale.forLanguageTag("nl"));
	}

	@Test
	void shouldPreferTheUsersSettingAndReadItOncePerSession() {
		signIn(7);
		when(this.identity.preferences(7)).thenReturn(new UserPreferences("id", "Asia/Jakarta"));
		MockHttpSession session = new MockHttpSession();
		for (int i = 0; i < 2; i++) {
			MockHttpServletRequest request = browser("nl");
			request.setSession(session);
			request.setCookies(new Cookie("tierdesk-lang", "it"), new Cookie("tierdesk-tz", "Europe%2FHelsinki"));
			assertThat(this.resolver.resolveLocale(request)).isEqualTo(Locale.forLanguageTag("id"));
			assertThat(this.resolver.resolveZone(request)).isEqualTo(ZoneId.of("Asia/Jakarta"));
		}
		verify(this.identity, times(1)).preferences(7);
	}

	@Test
	void shouldFollowTheBrowserWhereTheUserHasNoSetting() {
		signIn(8);
		when(this.identity.preferences(8)).thenReturn(UserPreferences.none());
		MockHttpServletRequest request = browser("fi");
		request.setSession(new MockHttpSession());
		request.setCookies(new Cookie("tierdesk-tz", "Europe%2FHelsinki"));
		assertThat(this.resolver.resolveLocale(request)).isEqualTo(Locale.forLanguageTag("fi"));
		assertThat(this.resolver.resolveZone(request)).isEqualTo(ZoneId.of("Europe/Helsinki"));
	}

	@Test
	void shouldUseTheDesksTimeZoneForUnknownOnes() {
		MockHttpServletRequest request = new MockHttpServletRequest();
		request.setCookies(new Cookie("tierdesk-tz", "Mars%2FOlympus"));
		assertThat(this.resolver.resolveZone(request)).isEqualTo(DESK);
		assertThat(this.resolver.resolveZone(new MockHttpServletRequest())).isEqualTo(DESK);
	}

	@Test
	void shouldKeepAVisitorsChoiceInACookieOnly() {
		MockHttpServletRequest request = browser("en");
		MockHttpServletResponse response = new MockHttpServletResponse();
		this.resolver.setLocale(request, response, Locale.forLanguageTag("fi"));
		assertThat(response.getHeader("Set-Cookie")).startsWith("tierdesk-lang=fi").contains("SameSite=Lax");
		assertThat(this.resolver.resolveLocale(request)).isEqualTo(Locale.forLanguageTag("fi"));
		verify(this.identity, never()).changePreferences(any(Long.class), any());
	}

	@Test
	void shouldSaveASignedInUsersChoiceAsTheirSetting() {
		signIn(9);
		when(this.identity.preferences(9)).thenReturn(new UserPreferences("nl", "Europe/Amsterdam"));
		when(this.identity.changePreferences(eq(9L), any())).thenReturn(new UserPreferences("it", "Europe/Amsterdam"));
		MockHttpServletRequest request = browser("en");
		request.setSession(new MockHttpSession());
		this.resolver.setLocale(request, new MockHttpServletResponse(), Locale.ITALIAN);
		verify(this.identity).changePreferences(9L, new UserPreferences("it", "Europe/Amsterdam"));
		assertThat(request.getSession().getAttribute(UserPreferences.SESSION_ATTRIBUTE))
			.isEqualTo(new UserPreferences("it", "Europe/Amsterdam"));
	}

	@Test
	void shouldIgnoreUnsupportedChoices() {
		MockHttpServletRequest request = browser("nl");
		MockHttpServletResponse response = new MockHttpServletResponse();
		this.resolver.setLocale(request, response, Locale.GERMAN);
		assertThat(response.getHeader("Set-Cookie")).isNull();
		assertThat(this.resolver.resolveLocale(request)).isEqualTo(Locale.forLanguageTag("nl"));
	}

	private static MockHttpServletRequest browser(String language) {
		MockHttpServletRequest request = new MockHttpServletRequest();
		request.addHeader("Accept-Language", language);
		request.setPreferredLocales(List.of(Locale.forLanguageTag(language)));
		return request;
	}

	private static void signIn(long id) {
		TierdeskPrincipal principal = new TierdeskPrincipal(id, "user" + id, "User", "user@example.com", Role.AGENT,
				true, "x");
		SecurityContextHolder.getContext()
			.setAuthentication(
					UsernamePasswordAuthenticationToken.authenticated(principal, null, principal.getAuthorities()));
	}

}
