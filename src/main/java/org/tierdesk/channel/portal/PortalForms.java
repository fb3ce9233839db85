package org.tierdesk.channel.portal;

import java.util.List;
import java.util.Map;

import org.springframework.validation.BindingResult;
import org.springframework.web.multipart.MultipartFile;
import org.tierdesk.identity.Role;
import org.tierdesk.identity.TierdeskPrincipal;
import org.tierdesk.platform.DomainException;
import org.tierdesk.platform.InvalidInputException;
import org.tierdesk.ticket.NewAttachment;

/**
 * What the portal's forms share: uploaded files to attachments, business errors to form
 * messages, and who counts as a signed-in customer.
 */
final class PortalForms {

	private PortalForms() {
	}

	/** The chosen files (see {@link NewAttachment#fromUploads}). */
	static List<NewAttachment> attachments(List<MultipartFile> files) {
		return NewAttachment.fromUploads(files);
	}

	/**
	 * Shows a business error on the form field it concerns ({@code fields} maps the
	 * desk's field names to the form's), else above the form.
	 */
	static void reject(BindingResult result, DomainException ex, Map<String, String> fields) {
		String field = (ex instanceof InvalidInputException invalid && invalid.getField() != null)
				? fields.get(invalid.getField()) : null;
		if (field != null) {
			result.rejectValue(field, ex.getMessageKey(), ex.getArgs(), ex.getMessage());
		}
		else {
			result.reject(ex.getMessageKey(), ex.getArgs(), ex.getMessage());
		}
	}

	/** The signed-in user if they are a customer, else null (guests and staff). */
	static TierdeskPrincipal customer(TierdeskPrincipal user) {
		return (user != null && user.role() == Role.CUSTOMER) ? user : null;
	}

}
