package org.tierdesk.desk;

import java.util.Locale;

import org.tierdesk.platform.InvalidInputException;

/**
 * Who may see or change a custom field: customers (and everyone else), agents (and
 * admins), or admins only.
 */
public enum FieldAudience {

	CUSTOMER, AGENT, ADMIN;

	/** Whether someone of the given audience is included. */
	public boolean includes(FieldAudience who) {
		return who.ordinal() >= ordinal();
	}

	public String apiName() {
		return name().toLowerCase(Locale.ROOT);
	}

	public static FieldAudience fromApiName(String name, String field) {
		for (FieldAudience audience : values()) {
			if (audience.apiName().equalsIgnoreCase((name != null) ? name.strip() : "")) {
				return audience;
			}
		}
		throw new InvalidInputException(field, "validation.oneOf", "Must be one of: {0}.", "customer, agent, admin");
	}

}
