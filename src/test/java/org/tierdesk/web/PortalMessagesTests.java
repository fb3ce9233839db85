package org.tierdesk.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every portal text exists in every language, with the same placeholders as in English.
 */
class PortalMessagesTests {

	private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\d+}");

	@Test
	void shouldPrefixEveryEnglishKeyWithPortal() throws IOException {
		assertThat(load("")).isNotEmpty().allSatisfy((key, value) -> {
			assertThat((String) key).startsWith("portal.");
			assertThat((String) value).isNotBlank();
		});
	}

	@ParameterizedTest
	@ValueSource(strings = { "nl", "id", "it", "fi" })
	void shouldTranslateEveryKey(String language) throws IOException {
		Properties english = load("");
		Properties translated = load("_" + language);
		assertThat(translated.stringPropertyNames()).containsExactlyInAnyOrderElementsOf(english.stringPropertyNames());
		SoftAssertions softly = new SoftAssertions();
		for (String key : english.stringPropertyNames()) {
			String value = translated.getProperty(key);
			softly.assertThat(value).as(language + ": " + key).isNotBlank();
			softly.assertThat(placeholders(value))
				.as(language + ": placeholders of " + key)
				.isEqualTo(placeholders(english.getProperty(key)));
			if (!placeholders(value).isEmpty()) {
				// MessageFormat drops a single quote in texts with arguments
				softly.assertThat(value.replace("''", "")).as(language + ": quotes in " + key).doesNotContain("'");
			}
		}
		softly.assertAll();
	}

	private static Set<String> placeholders(String value) {
		Set<String> found = new TreeSet<>();
		if (value != null) {
			Matcher matcher = PLACEHOLDER.matcher(value);
			while (matcher.find()) {
				found.add(matcher.group());
			}
		}
		return found;
	}

	private static Properties load(String suffix) throws IOException {
		String name = "/messages/portal" + suffix + ".properties";
		try (InputStream in = PortalMessagesTests.class.getResourceAsStream(name)) {
			assertThat(in).as(name).isNotNull();
			Properties properties = new Properties();
			properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
			return properties;
		}
	}

}
