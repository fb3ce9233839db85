package org.tierdesk.identity.web;

/**
 * A user's own settings: language and time zone (empty: the browser's language, the
 * browser's or the desk's time zone).
 */
public class ProfileForm {

	private String language;

	private String timeZone;

	public String getLanguage() {
		return this.language;
	}

	public void setLanguage(String language) {
		this.language = language;
	}

	public String getTimeZone() {
		return this.timeZone;
	}

	public void setTimeZone(String timeZone) {
		this.timeZone = timeZone;
	}

}
