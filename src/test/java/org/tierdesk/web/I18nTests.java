package org.tierdesk.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.tierdesk.platform.Languages;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every visible word comes from the message bundles, and every language has every key.
 * Bundles and languages are found on the class path: adding a language is adding its
 * bundles.
 */
class I18nTests {

	/** Every bundle: each {@code messages/x.properties} beside the language files. */
	static final List<String> BUNDLES = discover("messages/*.properties", "([a-z]+)\\.properties");

	/** Every language but English: each one with a {@code messages_xx} bundle. */
	static final List<String> LANGUAGES = discover("messages/messages_*.properties",
			"messages_([a-z]{2,3})\\.properties");

	/** Attributes whose value a user sees or hears. */
	static final Set<String> TEXT_ATTRIBUTES = Set.of("placeholder", "title", "alt", "aria-label", "data-confirm",
			"value");

	/** Thymeleaf attributes whose value becomes visible text. */
	static final Set<String> TEXT_EXPRESSIONS = Set.of("th:text", "th:utext", "th:placeholder", "th:title", "th:alt",
			"th:aria-label", "th:value", "th:data-confirm");

	private static final Pattern LITERAL = Pattern.compile("'([^']*)'");

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
	void everyBundleIsReadByTheApplicationAndEveryLanguageIsOffered() throws IOException {
		Properties application = new Properties();
		try (InputStream in = I18nTests.class.getClassLoader().getResourceAsStream("application.properties")) {
			application.load(in);
		}
		assertThat(application.getProperty("spring.messages.basename").split(","))
			.containsExactlyInAnyOrderElementsOf(BUNDLES.stream().map((b) -> "messages/" + b).toList());
		assertThat(Languages.CODES)
			.containsExactlyInAnyOrderElementsOf(Stream.concat(Stream.of("en"), LANGUAGES.stream()).toList());
		assertThat(LANGUAGES).contains("nl", "id", "it", "fi");
	}

	@Test
	void templatesHaveNoHardCodedText() throws IOException {
		Path root = Path.of("src/main/resources/templates");
		List<String> problems = new ArrayList<>();
		int checked = 0;
		try (Stream<Path> files = Files.walk(root)) {
			for (Path file : files.filter((f) -> f.toString().endsWith(".html")).toList()) {
				checked++;
				problems.addAll(hardCodedText(root.relativize(file).toString(), Files.readString(file)));
			}
		}
		assertThat(checked).as("templates checked").isGreaterThan(50);
		assertThat(problems).as("text not taken from the message bundles").isEmpty();
	}

	@Test
	void findsHardCodedTextWhereverATemplateCanHoldIt() {
		// each of these must be found, also inside a fragment file whose root is removed
		// (th:remove="all" there only hides the file's own prototype)
		String fragments = """
				<html xmlns:th="http://www.thymeleaf.org" th:remove="all"><body>
				<div th:fragment="a"><p>Plain words</p></div>
				<div th:fragment="b"><input placeholder="Type here"></div>
				<div th:fragment="c"><span th:text="'Literal words'">x</span></div>
				<div th:fragment="d"><input type="submit" value="Send it"></div>
				<div th:fragment="e"><a th:title="${x} ? 'Open it'"></a></div>
				<div th:fragment="ok"><p th:text="#{a.key}">Prototype text</p><p th:remove="all">Prototype</p>
				<span th:text="${name}">Name</span><input type="submit" th:value="#{b.key}" value="Save">
				<input type="hidden" name="kind" value="reply"><span th:text="${a} ? 'active' : ''">x</span></div>
				</body></html>
				""";
		assertThat(hardCodedText("sample.html", fragments)).hasSize(5)
			.anyMatch((p) -> p.contains("Plain words"))
			.anyMatch((p) -> p.contains("Type here"))
			.anyMatch((p) -> p.contains("Literal words"))
			.anyMatch((p) -> p.contains("Send it"))
			.anyMatch((p) -> p.contains("Open it"));
	}

	/** Words a template shows that do not come from a bundle. */
	static List<String> hardCodedText(String name, String html) {
		List<String> problems = new ArrayList<>();
		Document document = Jsoup.parse(html, "", Parser.htmlParser());
		for (Element element : document.getAllElements()) {
			for (Attribute attribute : element.attributes()) {
				if (TEXT_EXPRESSIONS.contains(attribute.getKey()) && hasLiteralWords(attribute.getValue())) {
					problems.add(name + ": " + attribute.getKey() + "=\"" + attribute.getValue() + "\"");
				}
			}
			if (isTranslated(element) || element.tagName().equals("script") || element.tagName().equals("style")) {
				continue;
			}
			if (element.ownText().codePoints().anyMatch(Character::isLetter)) {
				problems.add(name + ": <" + element.tagName() + "> " + element.ownText());
			}
			for (String attribute : TEXT_ATTRIBUTES) {
				if (element.hasAttr(attribute) && !element.hasAttr("th:" + attribute) && isShown(element, attribute)
						&& element.attr(attribute).codePoints().anyMatch(Character::isLetter)) {
					problems.add(name + ": " + attribute + "=\"" + element.attr(attribute) + "\"");
				}
			}
		}
		return problems;
	}

	/**
	 * Whether an expression holds a quoted literal of words ('Open it', 'Save'), not a
	 * class name, a code or punctuation ('active', 'true', ' · ').
	 */
	private static boolean hasLiteralWords(String expression) {
		Matcher matcher = LITERAL.matcher(expression.replaceAll("#\\{[^}]*}", ""));
		while (matcher.find()) {
			String literal = matcher.group(1).strip();
			boolean words = literal.contains(" ") && literal.codePoints().filter(Character::isLetter).count() > 1;
			if (words || literal.matches("\\p{Lu}\\p{Ll}+")) {
				return true;
			}
		}
		return false;
	}

	/** A value is shown only on inputs that are buttons. */
	private static boolean isShown(Element element, String attribute) {
		return !attribute.equals("value") || (element.tagName().equals("input")
				&& Set.of("submit", "button", "reset").contains(element.attr("type").toLowerCase(Locale.ROOT)));
	}

	private static boolean isTranslated(Element element) {
		for (Element e = element; e != null; e = e.parent()) {
			if (e.hasAttr("th:text") || e.hasAttr("th:utext") || e.hasAttr("th:replace") || e.hasAttr("th:insert")
					|| e.hasAttr("th:errors")) {
				return true;
			}
			// a removed element is a prototype only, unless it is the root of a file of
			// fragments that other templates use
			if ("all".equals(e.attr("th:remove")) && !e.tagName().equals("html")) {
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

	private static List<String> discover(String pattern, String name) {
		Pattern file = Pattern.compile(name);
		try {
			return Arrays.stream(new PathMatchingResourcePatternResolver().getResources("classpath*:" + pattern))
				.map((resource) -> file.matcher(String.valueOf(resource.getFilename())))
				.filter(Matcher::matches)
				.map((matcher) -> matcher.group(1))
				.filter((found) -> !found.equals("en"))
				.distinct()
				.sorted()
				.toList();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
