package org.tierdesk.ticket;

import java.util.Locale;

/**
 * Where a ticket is in its life: new → open ⇄ pending → resolved → closed (a customer
 * reply may reopen a resolved ticket).
 */
public enum TicketStatus {

	NEW, OPEN, PENDING, RESOLVED, CLOSED;

	/** Whether the ticket still waits for work and shows in a queue. */
	public boolean isActive() {
		return this == NEW || this == OPEN || this == PENDING;
	}

	public String apiName() {
		return name().toLowerCase(Locale.ROOT);
	}

	public static TicketStatus fromApiName(String value) {
		return Enums.parse(TicketStatus.class, value, "status");
	}

}
