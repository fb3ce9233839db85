package org.tierdesk.ticket;

import org.tierdesk.identity.TierdeskPrincipal;

/**
 * Which tickets a signed-in staff member may see, by department: admins every ticket;
 * agents the tickets of their departments, of every department that is not confidential
 * when granted so, and of every department that is not confidential when they belong to
 * none. Customers see no ticket here (the portal gives them their own).
 */
public interface TicketAccess {

	/** The departments whose tickets this user may see. */
	TicketScope scopeOf(TierdeskPrincipal user);

	/** The departments whose tickets this user (by id) may see. */
	TicketScope scopeOf(long userId);

	/**
	 * The ticket with this number if this user may see it; a ticket they may not see is
	 * not found, like one that does not exist.
	 */
	TicketView visible(String number, TierdeskPrincipal user);

	/** Whether a ticket with this number exists and this user may see it. */
	boolean canSee(String number, TierdeskPrincipal user);

}
