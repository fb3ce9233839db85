package org.tierdesk.desk;

/**
 * A department a ticket belongs to. A confidential department's tickets are seen only by
 * its own agents and by admins; {@code senderAddress}, when set, is the address its
 * tickets' mail is sent from.
 */
public record DepartmentView(long id, String name, boolean active, boolean confidential, String senderAddress) {

	public DepartmentView(long id, String name, boolean active) {
		this(id, name, active, false, null);
	}

}
