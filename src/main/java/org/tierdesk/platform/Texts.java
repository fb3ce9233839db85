package org.tierdesk.platform;

/**
 * Fitting text into a column of limited length.
 */
public final class Texts {

	private Texts() {
	}

	/** The value cut to at most {@code max} characters; null stays null. */
	public static String cut(String value, int max) {
		return (value != null && value.length() > max) ? value.substring(0, max) : value;
	}

	/**
	 * The value shortened to at most {@code max} characters, ending in "…" when
	 * shortened; null stays null.
	 */
	public static String abbreviate(String value, int max) {
		return (value != null && value.length() > max) ? value.substring(0, max - 1) + "…" : value;
	}

}
