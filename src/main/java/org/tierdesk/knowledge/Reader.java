package org.tierdesk.knowledge;

import java.util.Set;

import org.tierdesk.identity.Role;
import org.tierdesk.ticket.TicketScope;

/**
 * Who reads or changes knowledge: decides which articles they may see (by
 * {@code departmentIds}, the departments they belong to) and which tickets and solutions
 * search shows them ({@code tickets}, the departments whose tickets they see; ADR 0022).
 * {@code role} is null for an anonymous visitor.
 */
public record Reader(Long userId, String name, Role role, Set<Long> departmentIds, TicketScope tickets) {

	public Reader {
		departmentIds = (departmentIds != null) ? Set.copyOf(departmentIds) : Set.of();
		tickets = (tickets != null) ? tickets : TicketScope.nothing();
	}

	/** A reader whose ticket scope follows the role alone: admins all, others none. */
	public Reader(Long userId, String name, Role role, Set<Long> departmentIds) {
		this(userId, name, role, departmentIds, (role == Role.ADMIN) ? TicketScope.all() : TicketScope.nothing());
	}

	public static Reader anonymous() {
		return new Reader(null, null, null, Set.of());
	}

	public boolean isStaff() {
		return this.role != null && this.role.isStaff();
	}

	public boolean isAdmin() {
		return this.role == Role.ADMIN;
	}

}
