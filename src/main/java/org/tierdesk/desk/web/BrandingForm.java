package org.tierdesk.desk.web;

import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.web.multipart.MultipartFile;
import org.tierdesk.desk.BrandingView;
import org.tierdesk.desk.SaveBrandingCommand;

/**
 * The branding screen's form. A logo chosen for a preview travels on in
 * {@code pendingLogo} (base64), so that saving after the preview keeps it; it is checked
 * again on save like any upload.
 */
public class BrandingForm {

	private String productName;

	private String primaryColor;

	private String sidebarColor;

	private Map<String, String> welcomeTexts = new LinkedHashMap<>();

	private String defaultSignature;

	private Map<Long, String> signatures = new LinkedHashMap<>();

	private Long revision;

	private MultipartFile logo;

	private String pendingLogo;

	private boolean removeLogo;

	static BrandingForm of(BrandingView view) {
		BrandingForm form = new BrandingForm();
		form.productName = view.productName();
		form.primaryColor = view.primary().value();
		form.sidebarColor = view.sidebar().value();
		form.welcomeTexts = new LinkedHashMap<>(view.welcomeTexts());
		form.defaultSignature = view.defaultSignature();
		form.signatures = new LinkedHashMap<>(view.signatures());
		form.revision = view.revision();
		return form;
	}

	SaveBrandingCommand toCommand() {
		return new SaveBrandingCommand(this.productName, this.primaryColor, this.sidebarColor, this.welcomeTexts,
				this.defaultSignature, this.signatures);
	}

	public String getProductName() {
		return this.productName;
	}

	public void setProductName(String productName) {
		this.productName = productName;
	}

	public String getPrimaryColor() {
		return this.primaryColor;
	}

	public void setPrimaryColor(String primaryColor) {
		this.primaryColor = primaryColor;
	}

	public String getSidebarColor() {
		return this.sidebarColor;
	}

	public void setSidebarColor(String sidebarColor) {
		this.sidebarColor = sidebarColor;
	}

	public Map<String, String> getWelcomeTexts() {
		return this.welcomeTexts;
	}

	public void setWelcomeTexts(Map<String, String> welcomeTexts) {
		this.welcomeTexts = welcomeTexts;
	}

	public String getDefaultSignature() {
		return this.defaultSignature;
	}

	public void setDefaultSignature(String defaultSignature) {
		this.defaultSignature = defaultSignature;
	}

	public Map<Long, String> getSignatures() {
		return this.signatures;
	}

	public void setSignatures(Map<Long, String> signatures) {
		this.signatures = signatures;
	}

	public Long getRevision() {
		return this.revision;
	}

	public void setRevision(Long revision) {
		this.revision = revision;
	}

	public MultipartFile getLogo() {
		return this.logo;
	}

	public void setLogo(MultipartFile logo) {
		this.logo = logo;
	}

	public String getPendingLogo() {
		return this.pendingLogo;
	}

	public void setPendingLogo(String pendingLogo) {
		this.pendingLogo = pendingLogo;
	}

	public boolean isRemoveLogo() {
		return this.removeLogo;
	}

	public void setRemoveLogo(boolean removeLogo) {
		this.removeLogo = removeLogo;
	}

}
