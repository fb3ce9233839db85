package org.tierdesk.identity;

import java.util.Set;

/**
 * A user as other modules and screens see it; never carries the password.
 * {@code departmentIds} are the departments they belong to; {@code allDepartments} grants
 * an agent the tickets of every department that is not confidential as well.
 */
public record UserView(long id, String username, String email, String displayName, Role role, boolean enabled,
		Set<Long> tierIds, Set<Long> departmentIds, boolean allDepartments) {

	public UserView(long id, String username, String email, String displayName, Role role, boolean enabled,
			Set<Long> tierIds, Set<Long> departmentIds) {
		this(id, username, email, displayName, role, enabled, tierIds, departmentIds, false);
	}

	public boolean worksAtTier(long tierId) {
		return this.tierIds.contains(tierId);
	}

}
