package org.tierdesk.channel.email.outbound;

import java.util.List;

/**
 * The texts of outgoing mail per kind and language: defaults from the
 * {@code messages/mailout} bundles, which admins may override.
 */
public interface MailTemplateManagement {

	/** Every kind in every language, with the text in use. */
	List<MailTemplateView> templates();

	/** The text in use for this kind and language. */
	MailTemplateView template(OutboundMailKind kind, String language);

	/**
	 * Saves an admin's own text; refuses unknown placeholders, a subject without the
	 * ticket number and a body without what the kind is about.
	 */
	MailTemplateView save(OutboundMailKind kind, String language, String subject, String body, String updatedBy);

	/** Goes back to the default text. */
	MailTemplateView reset(OutboundMailKind kind, String language);

	/** A text filled in with example values, in the template's language. */
	MailPreview preview(OutboundMailKind kind, String language, String subject, String body);

}
