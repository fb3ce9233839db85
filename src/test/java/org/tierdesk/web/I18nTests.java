package org.tierdesk.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every visible word comes from the message bundles, and every language has every key.
 */
class I18nTests {

	static final List<String> BUNDLES = List.of("messages", "agent", "admin", "portal", "mail", "mailbox", "mailout");

	static final List<String> LANGUAGES = List.of("nl", "id", "it", "fi");

	static final Set<String> TEXT_ATTRIBUTES = Set.of("placeholder", "title", "alt", "aria-label", "data-confirm");

	static Stream<String> bundles() {
		return BUNDLES.stream();
	}

	@ParameterizedTest
	@MethodSource("bundles")
	void everyLanguageHasEveryKey(String bundle) throws IOException {
		Properties english = load("messages/" + bundle + ".properties");
		assertThat(english).as(bundle + " (English)").isNotEmpty();
		for (String language : LANGUAGES) {
			Properties translated = load("messages/" + bundle + "_" + language + ".properties");
			assertThat(new TreeSet<>(translated.stringPropertyNames())).as(bundle + "_" + language)
				.isEqualTo(new TreeSet<>(english.stringPropertyNames()));
			translated.forEach(
					(key, value) -> assertThat(value.toString()).as(bundle + "_" + language + " " + key).isNotBlank());
		}
	}

	@Test
	void templatesHaveNoHardCodedText() throws IOException {
		Path root = Path.of("src/main/resources/templates");
		List<String> problems = new ArrayList<>();
		try (Stream<Path> files = Files.walk(root)) {
			for (Path file : files.filter((f) -> f.toString().endsWith(".html")).toList()) {
				Document document = Jsoup.parse(Files.readString(file), "", Parser.htmlParser());
				for (Element element : document.getAllElements()) {
					if (isTranslated(element) || element.tagName().equals("script")
							|| element.tagName().equals("style")) {
						continue;
					}
					if (element.ownText().codePoints().anyMatch(Character::isLetter)) {
						problems.add(root.relativize(file) + ": <" + element.tagName() + "> " + element.ownText());
					}
					for (String attribute : TEXT_ATTRIBUTES) {
						if (element.hasAttr(attribute) && !element.hasAttr("th:" + attribute)
								&& element.attr(attribute).codePoints().anyMatch(Character::isLetter)) {
							problems
								.add(root.relativize(file) + ": " + attribute + "=\"" + element.attr(attribute) + "\"");
						}
					}
				}
			}
		}
		assertThat(problems).as("text not taken from the message bundles").isEmpty();
	}

	private static boolean isTranslated(Element element) {
		for (Element e = element; e != null; e = e.parent()) {
			if (e.hasAttr("th:text") || e.hasAttr("th:utext") || e.hasAttr("th:replace") || e.hasAttr("th:insert")
					|| "all".equals(e.attr("th:remove")) || e.hasAttr("th:errors")) {
				return true;
			}
		}
		return false;
	}

	static Properties load(String path) throws IOException {
		Properties properties = new Properties();
		try (InputStream in = I18nTests.class.getClassLoader().getResourceAsStream(path)) {
			assertThat(in).as(path).isNotNull();
			properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
		}
		return properties;
	}

}
