package org.tierdesk.identity;

import java.util.Set;

/**
 * Creates or updates a staff member. A blank password on update keeps the current one.
 */
public record SaveAgentCommand(String username, String email, String displayName, String password, Role role,
		boolean enabled, Set<Long> tierIds, Set<Long> departmentIds) {
}
