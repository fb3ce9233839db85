package org.tierdesk.ticket.domain;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.tierdesk.desk.DepartmentView;
import org.tierdesk.identity.Role;
import org.tierdesk.identity.UserView;
import org.tierdesk.ticket.TicketScope;

/**
 * The rule of ADR 0022, without any database: which departments' tickets a user may see.
 */
final class DepartmentVisibility {

	private DepartmentVisibility() {
	}

	static TicketScope scope(UserView user, List<DepartmentView> departments) {
		if (user == null || !user.enabled() || !user.role().isStaff()) {
			return TicketScope.nothing();
		}
		if (user.role() == Role.ADMIN) {
			return TicketScope.all();
		}
		Set<Long> visible = new HashSet<>();
		boolean open = user.allDepartments() || user.departmentIds().isEmpty();
		for (DepartmentView department : departments) {
			if (user.departmentIds().contains(department.id()) || (open && !department.confidential())) {
				visible.add(department.id());
			}
		}
		return TicketScope.of(visible);
	}

}
