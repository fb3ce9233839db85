package org.tierdesk.ticket;

import java.util.Locale;

/**
 * How urgent a ticket is.
 */
public enum Priority {

	LOW, NORMAL, HIGH, URGENT;

	public String apiName() {
		return name().toLowerCase(Locale.ROOT);
	}

	public static Priority fromApiName(String value) {
		return Enums.parse(Priority.class, value, "priority");
	}

}
