package org.tierdesk.desk;

import java.util.List;

/**
 * Admins' own texts: any text of the message bundles, in any language, replaced without a
 * restart. The application's {@code MessageSource} reads them before the bundles.
 */
public interface TextManagement {

	/** The longest text an admin may set. */
	int TEXT_MAX = 10_000;

	/**
	 * Texts of this language whose key, standard text or own text contains the query
	 * (ignoring case; empty: all), by key; only overridden ones if asked.
	 */
	List<TextView> search(String query, String language, boolean overriddenOnly);

	/** One text; unknown keys are not found. */
	TextView text(String key, String language);

	/**
	 * Sets an admin's own text. Refuses placeholders the standard text does not have and
	 * the texts of mail templates (edited under Mail templates, with their own checks).
	 */
	TextView override(String key, String language, String text, String updatedBy);

	/** Goes back to the standard text. */
	TextView reset(String key, String language);

}
