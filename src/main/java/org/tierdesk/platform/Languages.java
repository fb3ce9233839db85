package org.tierdesk.platform;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.text.Collator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * The languages of the screens and mails: English, and every language that has a
 * {@code messages/messages_xx.properties} bundle. Adding a language is adding its
 * bundles.
 */
public final class Languages {

	private static final Pattern BUNDLE = Pattern.compile("messages_([a-z]{2,3})\\.properties");

	/** English first, then the others by their own name. */
	public static final List<Locale> SUPPORTED = discover();

	/** The language codes of {@link #SUPPORTED}, e.g. {@code en}, {@code nl}. */
	public static final List<String> CODES = SUPPORTED.stream().map(Locale::getLanguage).toList();

	private Languages() {
	}

	/** The supported language for a code or language tag ({@code nl}, {@code nl-BE}). */
	public static Optional<Locale> supported(String tag) {
		if (tag == null || tag.isBlank()) {
			return Optional.empty();
		}
		String language = Locale.forLanguageTag(tag.strip().replace('_', '-')).getLanguage();
		return SUPPORTED.stream().filter((locale) -> locale.getLanguage().equals(language)).findFirst();
	}

	/** The supported language for a locale, if its language is one. */
	public static Optional<Locale> supported(Locale locale) {
		return (locale != null) ? supported(locale.getLanguage()) : Optional.empty();
	}

	private static List<Locale> discover() {
		TreeSet<String> codes = new TreeSet<>();
		try {
			for (Resource resource : new PathMatchingResourcePatternResolver(Languages.class.getClassLoader())
				.getResources("classpath*:messages/messages_*.properties")) {
				Matcher matcher = BUNDLE.matcher(String.valueOf(resource.getFilename()));
				if (matcher.matches()) {
					codes.add(matcher.group(1));
				}
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot list the message bundles", ex);
		}
		codes.remove("en");
		List<Locale> others = new ArrayList<>(codes.stream().map(Locale::forLanguageTag).toList());
		Collator collator = Collator.getInstance(Locale.ROOT);
		others.sort(Comparator.comparing((Locale l) -> l.getDisplayLanguage(l), collator));
		List<Locale> all = new ArrayList<>();
		all.add(Locale.ENGLISH);
		all.addAll(others);
		return List.copyOf(all);
	}

}
