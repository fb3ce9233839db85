package org.tierdesk.identity;

import java.util.Set;

/**
 * A user as other modules and screens see it; never carries the password.
 */
public record UserView(long id, String username, String email, String displayName, Role role, boolean enabled,
		Set<Long> tierIds, Set<Long> departmentIds) {

	public boolean worksAtTier(long tierId) {
		return this.tierIds.contains(tierId);
	}

}
