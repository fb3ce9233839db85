package org.tierdesk.desk.domain;

import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.context.support.StaticMessageSource;
import org.tierdesk.platform.InvalidInputException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

/**
 * Admins' own texts come before the bundles, keep apostrophes as typed and may only use
 * the standard text's placeholders.
 */
class OverridingMessageSourceTests {

	final TextOverrides overrides = mock(TextOverrides.class);

	final OverridingMessageSource messages = new OverridingMessageSource(
			new StaticListableBeanFactory(Map.of("overrides", this.overrides)).getBeanProvider(TextOverrides.class));

	OverridingMessageSourceTests() {
		StaticMessageSource bundles = new StaticMessageSource();
		bundles.addMessage("greeting", Locale.ENGLISH, "Welcome back, {0}");
		bundles.addMessage("greeting", Locale.ITALIAN, "Bentornato, {0}");
		bundles.addMessage("title", Locale.ITALIAN, "L'assistenza");
		this.messages.setParentMessageSource(bundles);
	}

	@Test
	void shouldPreferTheOwnTextOfTheLanguage() {
		when(this.overrides.find("greeting", "it")).thenReturn("Ciao di nuovo, {0}! L'assistenza ti aspetta.");
		assertThat(this.messages.getMessage("greeting", new Object[] { "Gia" }, Locale.ITALIAN))
			.isEqualTo("Ciao di nuovo, Gia! L'assistenza ti aspetta.");
		assertThat(this.messages.getMessage("greeting", new Object[] { "Kim" }, Locale.ENGLISH))
			.isEqualTo("Welcome back, Kim");
	}

	@Test
	void shouldShowTextsWithoutArgumentsAsTyped() {
		when(this.overrides.find("title", "it")).thenReturn("L'help desk {di} Acme");
		assertThat(this.messages.getMessage("title", null, Locale.ITALIAN)).isEqualTo("L'help desk {di} Acme");
		assertThat(this.messages.getMessage("title", new Object[] { "x" }, Locale.ITALIAN))
			.isEqualTo("L'help desk {di} Acme");
	}

	@Test
	void shouldFallBackToTheBundles() {
		assertThat(this.messages.getMessage("title", null, Locale.ITALIAN)).isEqualTo("L'assistenza");
	}

	@Test
	void shouldAllowOnlyTheStandardTextsPlaceholders() {
		assertThat(TextService.validate(" Hi {0}, it's {0} ", "Welcome back, {0}")).isEqualTo("Hi {0}, it's {0}");
		assertThat(TextService.validate("No name", "Welcome back, {0}")).isEqualTo("No name");
		assertThatExceptionOfType(InvalidInputException.class)
			.isThrownBy(() -> TextService.validate("Hi {1}", "Welcome back, {0}"))
			.satisfies((ex) -> assertThat(ex.getMessageKey()).isEqualTo("texts.error.unknownArgument"));
		assertThatExceptionOfType(InvalidInputException.class)
			.isThrownBy(() -> TextService.validate("Hi {name} {0}", "Welcome back, {0}"))
			.satisfies((ex) -> assertThat(ex.getMessageKey()).isEqualTo("texts.error.braces"));
		assertThatExceptionOfType(InvalidInputException.class)
			.isThrownBy(() -> TextService.validate("x".repeat(10_001), "Queue"))
			.satisfies((ex) -> assertThat(ex.getMessageKey()).isEqualTo("validation.tooLong"));
		assertThatExceptionOfType(InvalidInputException.class).isThrownBy(() -> TextService.validate("  ", "Queue"))
			.satisfies((ex) -> assertThat(ex.getMessageKey()).isEqualTo("validation.required"));
	}

}
