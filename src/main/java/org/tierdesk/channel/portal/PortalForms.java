package org.tierdesk.channel.portal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
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

	/**
	 * The chosen files. A file input left empty still sends a part without a name and
	 * bytes: that is no file. A named file with no bytes is passed on, so that the desk
	 * refuses it with a message.
	 */
	static List<NewAttachment> attachments(List<MultipartFile> files) {
		List<NewAttachment> attachments = new ArrayList<>();
		if (files == null) {
			return attachments;
		}
		for (MultipartFile file : files) {
			String name = file.getOriginalFilename();
			if ((name == null || name.isBlank()) && file.isEmpty()) {
				continue;
			}
			try {
				attachments.add(new NewAttachment(name, file.getContentType(), file.getBytes()));
			}
			catch (IOException ex) {
				throw new UncheckedIOException("Cannot read the uploaded file", ex);
			}
		}
		return attachments;
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
