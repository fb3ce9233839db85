package org.tierdesk.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;

import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every language of the admin area has every text, and none is empty.
 */
class AdminMessagesTests {

	private static final List<String> TRANSLATIONS = List.of("nl", "id", "it", "fi");

	@Test
	void shouldTranslateEveryAdminKeyIntoEveryLanguage() throws IOException {
		Properties english = load("messages/admin.properties");
		assertThat(english).isNotEmpty();
		SoftAssertions softly = new SoftAssertions();
		for (String language : TRANSLATIONS) {
			Properties translated = load("messages/admin_" + language + ".properties");
			softly.assertThat(keys(translated)).as("keys of admin_%s", language).isEqualTo(keys(english));
			assertNoBlankValues(softly, translated, language);
		}
		assertNoBlankValues(softly, english, "en");
		softly.assertAll();
	}

	@Test
	void shouldPrefixEveryAdminKey() throws IOException {
		assertThat(keys(load("messages/admin.properties"))).allMatch((key) -> key.startsWith("admin."));
	}

	private static void assertNoBlankValues(SoftAssertions softly, Properties messages, String language) {
		messages.forEach((key,
				value) -> softly.assertThat(value.toString()).as("admin message %s in %s", key, language).isNotBlank());
	}

	private static Set<String> keys(Properties properties) {
		return new TreeSet<>(properties.stringPropertyNames());
	}

	private static Properties load(String resource) throws IOException {
		try (InputStream in = AdminMessagesTests.class.getClassLoader().getResourceAsStream(resource)) {
			assertThat(in).as(resource).isNotNull();
			Properties properties = new Properties();
			try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
				properties.load(reader);
			}
			return properties;
		}
	}

}
