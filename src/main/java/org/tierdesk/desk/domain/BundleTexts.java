package org.tierdesk.desk.domain;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.HashMap;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.regex.Pattern;

import org.springframework.boot.autoconfigure.context.MessageSourceProperties;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import org.tierdesk.platform.Languages;

/**
 * The standard texts as the bundles hold them, per language, read once: what the text
 * screen lists and what an admin's text replaces.
 */
@Component
class BundleTexts {

	private static final Pattern ARGUMENT = Pattern.compile("\\{\\d+[^}]*}");

	/** Key to English text, by key. */
	private final Map<String, String> english;

	/** Language to key to text, for the languages other than English. */
	private final Map<String, Map<String, String>> translations = new HashMap<>();

	BundleTexts(MessageSourceProperties properties) {
		Map<String, String> en = new TreeMap<>();
		for (String basename : properties.getBasename()) {
			en.putAll(load(basename + ".properties"));
			for (String language : Languages.CODES) {
				if (!language.equals("en")) {
					this.translations.computeIfAbsent(language, (l) -> new HashMap<>())
						.putAll(load(basename + "_" + language + ".properties"));
				}
			}
		}
		this.english = Collections.unmodifiableMap(en);
	}

	/** Every key, sorted. */
	Iterable<String> keys() {
		return this.english.keySet();
	}

	boolean has(String key) {
		return this.english.containsKey(key);
	}

	/**
	 * The standard text in this language (English when the language lacks it), with
	 * apostrophes as a reader sees them.
	 */
	String text(String key, String language) {
		String text = this.translations.getOrDefault(language, Map.of()).getOrDefault(key, this.english.get(key));
		return (text != null && hasArguments(text)) ? text.replace("''", "'") : text;
	}

	static boolean hasArguments(String text) {
		return ARGUMENT.matcher(text).find();
	}

	private static Map<String, String> load(String path) {
		ClassPathResource resource = new ClassPathResource(path);
		if (!resource.exists()) {
			return Map.of();
		}
		Properties properties = new Properties();
		try (InputStream in = resource.getInputStream()) {
			properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read " + path, ex);
		}
		Map<String, String> texts = new HashMap<>();
		properties.stringPropertyNames().forEach((key) -> texts.put(key, properties.getProperty(key)));
		return texts;
	}

}
