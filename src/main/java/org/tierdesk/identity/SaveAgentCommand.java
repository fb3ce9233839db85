package org.tierdesk.identity;

import java.util.Set;

/**
 * Creates or updates a staff member. A blank password on update keeps the current one.
 * {@code allDepartments} grants the tickets of every department that is not confidential
 * besides their own departments'.
 */
public record SaveAgentCommand(String username, String email, String displayName, String password, Role role,
		boolean enabled, Set<Long> tierIds, Set<Long> departmentIds, boolean allDepartments) {

	public SaveAgentCommand(String username, String email, String displayName, String password, Role role,
			boolean enabled, Set<Long> tierIds, Set<Long> departmentIds) {
		this(username, email, displayName, password, role, enabled, tierIds, departmentIds, false);
	}

}
