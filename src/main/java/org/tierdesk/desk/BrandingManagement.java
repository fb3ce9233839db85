package org.tierdesk.desk;

import java.util.Optional;

/**
 * The desk's branding: product name, logo, colours, portal welcome texts and mail
 * signatures. Changes apply without a restart: at once on the node that saved them, on
 * other nodes within {@code tierdesk.desk.refresh-interval}.
 */
public interface BrandingManagement {

	/** The branding in use. */
	BrandingView branding();

	/**
	 * Saves everything but the logo. {@code expectedRevision}, when given, must be the
	 * current revision (else a conflict: someone saved in between).
	 */
	BrandingView save(SaveBrandingCommand command, Long expectedRevision, String updatedBy);

	/** Replaces the logo. */
	BrandingView changeLogo(LogoImage logo, String updatedBy);

	/** Goes back to Tierdesk's logo. */
	BrandingView removeLogo(String updatedBy);

	/** The desk's own logo, if one is set. */
	Optional<LogoImage> logo();

}
