package org.tierdesk.channel.email.outbound;

import java.time.Duration;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class OutboundMailPropertiesTests {

	@Test
	void shouldWaitLongerAfterEachFailedAttemptAndKeepTheLastWait() {
		OutboundMailProperties.Outbound outbound = defaults().outbound();
		assertThat(outbound.delayAfter(1)).isEqualTo(Duration.ofMinutes(1));
		assertThat(outbound.delayAfter(2)).isEqualTo(Duration.ofMinutes(5));
		assertThat(outbound.delayAfter(3)).isEqualTo(Duration.ofMinutes(15));
		assertThat(outbound.delayAfter(4)).isEqualTo(Duration.ofHours(1));
		assertThat(outbound.delayAfter(5)).isEqualTo(Duration.ofHours(4));
		assertThat(outbound.delayAfter(9)).isEqualTo(Duration.ofHours(4));
		assertThat(outbound.maxAttempts()).isEqualTo(10);
	}

	@Test
	void shouldMapLanguageTagsToTheTemplateLanguages() {
		assertThat(OutboundMailProperties.supportedLanguage("nl-BE")).contains("nl");
		assertThat(OutboundMailProperties.supportedLanguage("FI")).contains("fi");
		assertThat(OutboundMailProperties.supportedLanguage("in")).contains("id");
		assertThat(OutboundMailProperties.supportedLanguage("id_ID")).contains("id");
		assertThat(OutboundMailProperties.supportedLanguage("de")).isEmpty();
		assertThat(OutboundMailProperties.supportedLanguage(null)).isEmpty();
	}

	@Test
	void shouldFallBackToEnglishForAnUnsupportedDefaultLanguageAndStripTheBaseUrl() {
		OutboundMailProperties properties = new OutboundMailProperties(" ", null, "de", null,
				"https://desk.example.com/", null, null);
		assertThat(properties.defaultLanguage()).isEqualTo("en");
		assertThat(properties.from()).isNull();
		assertThat(properties.acknowledge()).isTrue();
		assertThat(properties.baseUrl()).isEqualTo("https://desk.example.com");
		assertThat(properties.smtpSecurity()).isEqualTo(SmtpSecurity.NONE);
	}

	private static OutboundMailProperties defaults() {
		return new OutboundMailProperties(null, null, null, null, null, null, null);
	}

}
