package org.tierdesk.ticket;

import java.util.Locale;

/**
 * How a request or message reached the desk.
 */
public enum Channel {

	WEB, EMAIL, PHONE, API;

	public String apiName() {
		return name().toLowerCase(Locale.ROOT);
	}

	public static Channel fromApiName(String value) {
		return Enums.parse(Channel.class, value, "channel");
	}

}
