package org.tierdesk.desk;

import java.util.Locale;

import org.tierdesk.platform.InvalidInputException;

/**
 * What a custom field belongs to. Tickets first; contacts and organizations get their own
 * fields once the customer module stores them.
 */
public enum FieldEntity {

	TICKET, CONTACT, ORGANIZATION;

	public String apiName() {
		return name().toLowerCase(Locale.ROOT);
	}

	public static FieldEntity fromApiName(String name) {
		for (FieldEntity entity : values()) {
			if (entity.apiName().equalsIgnoreCase((name != null) ? name.strip() : "")) {
				return entity;
			}
		}
		throw new InvalidInputException("entity", "validation.oneOf", "Must be one of: {0}.",
				"ticket, contact, organization");
	}

}
