package org.tierdesk.identity;

/**
 * What a user may do: customers use the portal, agents work tickets, admins also set up
 * the desk.
 */
public enum Role {

	CUSTOMER, AGENT, ADMIN;

	public boolean isStaff() {
		return this != CUSTOMER;
	}

}
