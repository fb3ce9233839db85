package org.tierdesk.identity;

import java.io.Serializable;

import org.tierdesk.platform.InvalidInputException;
import org.tierdesk.platform.Languages;
import org.tierdesk.platform.TimeZones;

/**
 * A user's language and time zone; null means "as the browser says" for the language and
 * "the desk's" for the time zone.
 */
public record UserPreferences(String language, String timeZone) implements Serializable {

	/** Where the screens keep the signed-in user's preferences for the session. */
	public static final String SESSION_ATTRIBUTE = UserPreferences.class.getName();

	public UserPreferences {
		if (language != null && language.isBlank()) {
			language = null;
		}
		if (language != null) {
			String given = language;
			language = Languages.supported(given)
				.map((l) -> l.getLanguage())
				.orElseThrow(() -> new InvalidInputException("language", "validation.oneOf", "Must be one of: {0}.",
						String.join(", ", Languages.CODES)));
		}
		if (timeZone != null && timeZone.isBlank()) {
			timeZone = null;
		}
		if (timeZone != null) {
			timeZone = TimeZones.parse(timeZone)
				.map((zone) -> zone.getId())
				.orElseThrow(() -> new InvalidInputException("timeZone", "profile.error.timeZone",
						"Choose a time zone from the list."));
		}
	}

	/** No settings: browser language, desk time zone. */
	public static UserPreferences none() {
		return new UserPreferences(null, null);
	}

	/** The same time zone with another language. */
	public UserPreferences withLanguage(String language) {
		return new UserPreferences(language, this.timeZone);
	}

}
