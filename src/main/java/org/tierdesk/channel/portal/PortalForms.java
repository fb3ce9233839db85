package org.tierdesk.channel.portal;

import org.tierdesk.identity.Role;
import org.tierdesk.identity.TierdeskPrincipal;

/**
 * Who counts as a signed-in customer in the portal's forms.
 */
final class PortalForms {

	private PortalForms() {
	}

	/** The signed-in user if they are a customer, else null (guests and staff). */
	static TierdeskPrincipal customer(TierdeskPrincipal user) {
		return (user != null && user.role() == Role.CUSTOMER) ? user : null;
	}

}
