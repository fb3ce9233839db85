package org.tierdesk.ticket.domain;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.tierdesk.desk.DepartmentView;
import org.tierdesk.identity.Role;
import org.tierdesk.identity.UserView;
import org.tierdesk.ticket.TicketScope;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The visibility rule of ADR 0022: which departments' tickets a user sees.
 */
class DepartmentVisibilityTests {

	static final DepartmentView GENERAL = new DepartmentView(1, "General", true, false, null);

	static final DepartmentView IT = new DepartmentView(2, "IT", true, false, null);

	static final DepartmentView HR = new DepartmentView(3, "HR", true, true, "hr@example.com");

	static final DepartmentView OLD = new DepartmentView(4, "Old", false, false, null);

	static final List<DepartmentView> DESK = List.of(GENERAL, IT, HR, OLD);

	static UserView user(Role role, Set<Long> departments, boolean allDepartments) {
		return new UserView(7, "kim", "kim@example.com", "Kim", role, true, Set.of(), departments, allDepartments);
	}

	@Test
	void shouldShowAdminsEveryDepartmentIncludingConfidential() {
		TicketScope scope = DepartmentVisibility.scope(user(Role.ADMIN, Set.of(), false), DESK);
		assertThat(scope.everything()).isTrue();
		assertThat(scope.includes(HR.id())).isTrue();
	}

	@Test
	void shouldShowAnAgentOnlyTheirOwnDepartments() {
		TicketScope scope = DepartmentVisibility.scope(user(Role.AGENT, Set.of(IT.id()), false), DESK);
		assertThat(scope.departmentIds()).containsExactly(IT.id());
	}

	@Test
	void shouldShowAnAgentWithoutDepartmentsEveryDepartmentButConfidentialOnes() {
		TicketScope scope = DepartmentVisibility.scope(user(Role.AGENT, Set.of(), false), DESK);
		// inactive departments still hold tickets
		assertThat(scope.departmentIds()).containsExactlyInAnyOrder(GENERAL.id(), IT.id(), OLD.id());
	}

	@Test
	void shouldShowConfidentialTicketsToMembersOnly() {
		assertThat(DepartmentVisibility.scope(user(Role.AGENT, Set.of(HR.id()), false), DESK).departmentIds())
			.containsExactly(HR.id());
		assertThat(DepartmentVisibility.scope(user(Role.AGENT, Set.of(IT.id()), true), DESK).includes(HR.id()))
			.isFalse();
	}

	@Test
	void shouldGrantAllDepartmentsBesidesOwnConfidentialOnes() {
		TicketScope scope = DepartmentVisibility.scope(user(Role.AGENT, Set.of(HR.id()), true), DESK);
		assertThat(scope.departmentIds()).containsExactlyInAnyOrder(GENERAL.id(), IT.id(), HR.id(), OLD.id());
	}

	@Test
	void shouldShowCustomersAndDisabledStaffNothing() {
		assertThat(DepartmentVisibility.scope(user(Role.CUSTOMER, Set.of(), true), DESK).isEmpty()).isTrue();
		UserView disabled = new UserView(8, "old", "old@example.com", "Old", Role.ADMIN, false, Set.of(), Set.of(),
				true);
		assertThat(DepartmentVisibility.scope(disabled, DESK).isEmpty()).isTrue();
		assertThat(DepartmentVisibility.scope(null, DESK).isEmpty()).isTrue();
	}

	@Test
	void shouldIgnoreMembershipOfADepartmentThatNoLongerExists() {
		assertThat(DepartmentVisibility.scope(user(Role.AGENT, Set.of(99L), false), DESK).isEmpty()).isTrue();
	}

}
