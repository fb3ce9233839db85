package org.tierdesk.ticket.domain;

import org.springframework.stereotype.Service;
import org.tierdesk.desk.DeskManagement;
import org.tierdesk.identity.IdentityManagement;
import org.tierdesk.identity.Role;
import org.tierdesk.identity.TierdeskPrincipal;
import org.tierdesk.platform.NotFoundException;
import org.tierdesk.ticket.TicketAccess;
import org.tierdesk.ticket.TicketManagement;
import org.tierdesk.ticket.TicketScope;
import org.tierdesk.ticket.TicketView;

@Service
class TicketAccessService implements TicketAccess {

	private final IdentityManagement identity;

	private final DeskManagement desk;

	private final TicketManagement tickets;

	TicketAccessService(IdentityManagement identity, DeskManagement desk, TicketManagement tickets) {
		this.identity = identity;
		this.desk = desk;
		this.tickets = tickets;
	}

	@Override
	public TicketScope scopeOf(TierdeskPrincipal user) {
		if (user == null || !user.isStaff()) {
			return TicketScope.nothing();
		}
		// an admin's scope needs no look-up
		return (user.role() == Role.ADMIN) ? TicketScope.all() : scopeOf(user.id());
	}

	@Override
	public TicketScope scopeOf(long userId) {
		// memberships are read fresh: a change by an admin applies to the next request
		return DepartmentVisibility.scope(this.identity.user(userId).orElse(null), this.desk.departments());
	}

	@Override
	public TicketView visible(String number, TierdeskPrincipal user) {
		TicketView ticket = this.tickets.get(number);
		if (!scopeOf(user).includes(ticket)) {
			throw new NotFoundException("ticket.notFound", "There is no ticket {0}.", number);
		}
		return ticket;
	}

	@Override
	public boolean canSee(String number, TierdeskPrincipal user) {
		return number != null && this.tickets.find(number).map(scopeOf(user)::includes).orElse(false);
	}

}
