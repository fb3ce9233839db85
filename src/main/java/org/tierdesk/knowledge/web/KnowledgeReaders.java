package org.tierdesk.knowledge.web;

import java.util.Set;

import org.springframework.stereotype.Component;
import org.tierdesk.identity.IdentityManagement;
import org.tierdesk.identity.TierdeskPrincipal;
import org.tierdesk.identity.UserView;
import org.tierdesk.knowledge.Reader;
import org.tierdesk.ticket.TicketAccess;

/**
 * Turns the signed-in user (or nobody) into the {@link Reader} that decides which
 * articles they see, and the departments whose tickets search shows them (ADR 0022); an
 * agent's departments come from their account.
 */
@Component
class KnowledgeReaders {

	private final IdentityManagement identity;

	private final TicketAccess access;

	KnowledgeReaders(IdentityManagement identity, TicketAccess access) {
		this.identity = identity;
		this.access = access;
	}

	Reader of(TierdeskPrincipal user) {
		if (user == null) {
			return Reader.anonymous();
		}
		Set<Long> departments = user.isStaff()
				? this.identity.user(user.id()).map(UserView::departmentIds).orElse(Set.of()) : Set.of();
		return new Reader(user.id(), user.displayName(), user.role(), departments, this.access.scopeOf(user));
	}

}
