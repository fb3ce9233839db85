package org.tierdesk.identity;

/**
 * A customer signing up in the portal.
 */
public record RegisterCustomerCommand(String displayName, String email, String password) {
}
