package org.tierdesk.channel.portal;

import java.util.List;

import org.springframework.web.multipart.MultipartFile;
import org.tierdesk.identity.Role;
import org.tierdesk.identity.TierdeskPrincipal;
import org.tierdesk.ticket.NewAttachment;

/**
 * What the portal's forms share: uploaded files to attachments and who counts as a
 * signed-in customer.
 */
final class PortalForms {

	private PortalForms() {
	}

	/** The chosen files (see {@link NewAttachment#fromUploads}). */
	static List<NewAttachment> attachments(List<MultipartFile> files) {
		return NewAttachment.fromUploads(files);
	}

	/** The signed-in user if they are a customer, else null (guests and staff). */
	static TierdeskPrincipal customer(TierdeskPrincipal user) {
		return (user != null && user.role() == Role.CUSTOMER) ? user : null;
	}

}
