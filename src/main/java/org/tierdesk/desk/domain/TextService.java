package org.tierdesk.desk.domain;

import java.sql.Timestamp;
import java.text.MessageFormat;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.tierdesk.desk.TextManagement;
import org.tierdesk.desk.TextView;
import org.tierdesk.platform.InvalidInputException;
import org.tierdesk.platform.Languages;
import org.tierdesk.platform.NotFoundException;

/**
 * Admins' own texts in the {@code text_override} table.
 */
@Service
@Transactional(readOnly = true)
class TextService implements TextManagement {

	/** Mail texts have their own screen, which checks their placeholders. */
	static final String MAIL_TEMPLATES = "mailout.template.";

	private static final Pattern ARGUMENT = Pattern.compile("\\{(\\d+)[^}]*}");

	private final BundleTexts bundles;

	private final TextOverrides overrides;

	private final JdbcTemplate jdbc;

	private final Clock clock;

	TextService(BundleTexts bundles, TextOverrides overrides, JdbcTemplate jdbc, Clock clock) {
		this.bundles = bundles;
		this.overrides = overrides;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	@Override
	public List<TextView> search(String query, String language, boolean overriddenOnly) {
		String lang = language(language);
		String q = (query != null) ? query.strip().toLowerCase(Locale.ROOT) : "";
		Map<String, TextView> own = new HashMap<>();
		this.jdbc.query("select message_key, text, updated_at, updated_by from text_override where language = ?",
				(rs) -> {
					Timestamp at = rs.getTimestamp(3);
					own.put(rs.getString(1), new TextView(rs.getString(1), lang, null, rs.getString(2),
							(at != null) ? at.toInstant() : null, rs.getString(4)));
				}, lang);
		List<TextView> found = new ArrayList<>();
		for (String key : this.bundles.keys()) {
			if (key.startsWith(MAIL_TEMPLATES) || (overriddenOnly && !own.containsKey(key))) {
				continue;
			}
			TextView o = own.get(key);
			TextView view = new TextView(key, lang, this.bundles.text(key, lang), (o != null) ? o.override() : null,
					(o != null) ? o.updatedAt() : null, (o != null) ? o.updatedBy() : null);
			if (q.isEmpty() || contains(key, q) || contains(view.defaultText(), q) || contains(view.override(), q)) {
				found.add(view);
			}
		}
		return found;
	}

	@Override
	public TextView text(String key, String language) {
		String lang = language(language);
		known(key);
		List<TextView> own = this.jdbc.query(
				"select text, updated_at, updated_by from text_override where message_key = ? and language = ?",
				(rs, row) -> {
					Timestamp at = rs.getTimestamp(2);
					return new TextView(key, lang, this.bundles.text(key, lang), rs.getString(1),
							(at != null) ? at.toInstant() : null, rs.getString(3));
				}, key, lang);
		return own.isEmpty() ? new TextView(key, lang, this.bundles.text(key, lang), null, null, null) : own.get(0);
	}

	@Override
	@Transactional
	public TextView override(String key, String language, String text, String updatedBy) {
		String lang = language(language);
		known(key);
		String value = validate(text, this.bundles.text(key, lang));
		Instant now = this.clock.instant();
		this.jdbc.update("delete from text_override where message_key = ? and language = ?", key, lang);
		this.jdbc.update(
				"insert into text_override (message_key, language, text, updated_by, updated_at) values (?, ?, ?, ?, ?)",
				key, lang, value, updatedBy, Timestamp.from(now));
		forgetAfterCommit();
		return new TextView(key, lang, this.bundles.text(key, lang), value, now, updatedBy);
	}

	@Override
	@Transactional
	public TextView reset(String key, String language) {
		String lang = language(language);
		known(key);
		this.jdbc.update("delete from text_override where message_key = ? and language = ?", key, lang);
		forgetAfterCommit();
		return new TextView(key, lang, this.bundles.text(key, lang), null, null, null);
	}

	/**
	 * The text as it will be stored; refuses an empty or too long one, arguments the
	 * standard text does not have and braces a text with arguments cannot hold.
	 */
	static String validate(String text, String standard) {
		String value = (text != null) ? text.replace("\r\n", "\n").replace('\r', '\n').strip() : "";
		if (value.isEmpty()) {
			throw new InvalidInputException("text", "validation.required", "This field is required.");
		}
		if (value.length() > TEXT_MAX) {
			throw new InvalidInputException("text", "validation.tooLong", "At most {0} characters.", TEXT_MAX);
		}
		Set<String> allowed = arguments(standard);
		Set<String> used = arguments(value);
		used.removeAll(allowed);
		if (!used.isEmpty()) {
			throw new InvalidInputException("text", "texts.error.unknownArgument",
					"This text has no {0}. It can use: {1}.", "{" + used.iterator().next() + "}",
					allowed.isEmpty() ? "-" : String.join(", ", allowed.stream().map((a) -> "{" + a + "}").toList()));
		}
		if (!allowed.isEmpty()) {
			try {
				new MessageFormat(value.replace("'", "''"));
			}
			catch (IllegalArgumentException ex) {
				throw new InvalidInputException("text", "texts.error.braces",
						"Braces are only for the placeholders {0}.",
						String.join(", ", allowed.stream().map((a) -> "{" + a + "}").toList()));
			}
		}
		return value;
	}

	private static Set<String> arguments(String text) {
		Set<String> found = new TreeSet<>();
		if (text != null) {
			Matcher matcher = ARGUMENT.matcher(text);
			while (matcher.find()) {
				found.add(matcher.group(1));
			}
		}
		return found;
	}

	private void known(String key) {
		if (key == null || !this.bundles.has(key)) {
			throw new NotFoundException("texts.error.unknownKey", "There is no such text.");
		}
		if (key.startsWith(MAIL_TEMPLATES)) {
			throw new InvalidInputException("key", "texts.error.mailTemplate",
					"Mail texts are changed under Mail templates.");
		}
	}

	private static String language(String language) {
		return Languages.supported(language)
			.filter((l) -> l.getLanguage().equals(language))
			.map(Locale::getLanguage)
			.orElseThrow(() -> new InvalidInputException("language", "validation.oneOf", "Must be one of: {0}.",
					String.join(", ", Languages.CODES)));
	}

	private static boolean contains(String text, String query) {
		return text != null && text.toLowerCase(Locale.ROOT).contains(query);
	}

	private void forgetAfterCommit() {
		if (TransactionSynchronizationManager.isSynchronizationActive()) {
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
				@Override
				public void afterCommit() {
					TextService.this.overrides.changed();
				}
			});
		}
		else {
			this.overrides.changed();
		}
	}

}
