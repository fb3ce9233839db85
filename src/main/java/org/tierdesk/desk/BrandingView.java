package org.tierdesk.desk;

import java.time.Instant;
import java.util.Map;

/**
 * The branding in use. Unset values fall back to Tierdesk's own: the product name to the
 * {@code app.name} text, the colours to {@link #DEFAULT_PRIMARY} and
 * {@link #DEFAULT_SIDEBAR}, the welcome text to the portal's standard one. The revision
 * changes with every save (it versions the logo's address).
 */
public record BrandingView(String productName, String primaryColor, String sidebarColor, String logoContentType,
		Map<String, String> welcomeTexts, String defaultSignature, Map<Long, String> signatures, long revision,
		Instant updatedAt, String updatedBy) {

	public static final HexColor DEFAULT_PRIMARY = new HexColor("#3b5bdb");

	public static final HexColor DEFAULT_SIDEBAR = new HexColor("#1c2333");

	public BrandingView {
		welcomeTexts = Map.copyOf(welcomeTexts);
		signatures = Map.copyOf(signatures);
	}

	/** Tierdesk's own look. */
	public static BrandingView defaults() {
		return new BrandingView(null, null, null, null, Map.of(), null, Map.of(), 0, null, null);
	}

	public boolean hasLogo() {
		return this.logoContentType != null;
	}

	/** The primary colour in use (buttons, links, active navigation). */
	public HexColor primary() {
		return (this.primaryColor != null) ? new HexColor(this.primaryColor) : DEFAULT_PRIMARY;
	}

	/** The colour of the staff sidebar in use. */
	public HexColor sidebar() {
		return (this.sidebarColor != null) ? new HexColor(this.sidebarColor) : DEFAULT_SIDEBAR;
	}

	/** The portal welcome text in this language, or null for the standard one. */
	public String welcome(String language) {
		return this.welcomeTexts.get(language);
	}

	/**
	 * The mail signature of this department, else the desk's; null when neither is set.
	 */
	public String signature(Long departmentId) {
		String own = (departmentId != null) ? this.signatures.get(departmentId) : null;
		return (own != null) ? own : this.defaultSignature;
	}

	/** A copy with another product name, colours and texts: what a preview shows. */
	public BrandingView with(SaveBrandingCommand command) {
		return new BrandingView(command.productName(), command.primaryColor(), command.sidebarColor(),
				this.logoContentType, command.welcomeTexts(), command.defaultSignature(), command.signatures(),
				this.revision, this.updatedAt, this.updatedBy);
	}

}
