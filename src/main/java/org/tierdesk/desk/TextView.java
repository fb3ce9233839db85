package org.tierdesk.desk;

import java.time.Instant;

/**
 * One text of the screens and mails in one language: the bundle's text and the admin's
 * own, if any. Apostrophes are shown as typed (the bundles double them in texts with
 * arguments; overrides need not).
 */
public record TextView(String key, String language, String defaultText, String override, Instant updatedAt,
		String updatedBy) {

	/** The text in use. */
	public String text() {
		return (this.override != null) ? this.override : this.defaultText;
	}

	public boolean overridden() {
		return this.override != null;
	}

}
