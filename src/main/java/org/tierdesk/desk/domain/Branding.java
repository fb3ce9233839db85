package org.tierdesk.desk.domain;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.tierdesk.desk.SaveBrandingCommand;

/**
 * The single row of desk-wide branding. Its welcome texts and signatures live in tables
 * of their own and the logo's bytes in {@code branding_logo}; the revision counts every
 * change, so that screens can version the logo's address.
 */
@Entity
@Table(name = "branding")
class Branding {

	static final int SINGLETON_ID = 1;

	@Id
	private Integer id;

	@Column(name = "product_name")
	private String productName;

	@Column(name = "primary_color")
	private String primaryColor;

	@Column(name = "sidebar_color")
	private String sidebarColor;

	@Column(name = "logo_content_type")
	private String logoContentType;

	// no @Column on the long text (default_signature by the naming strategy): with a
	// length Hibernate expects a short text type on MariaDB
	@JdbcTypeCode(SqlTypes.LONG32VARCHAR)
	private String defaultSignature;

	private long revision;

	@Column(name = "updated_by")
	private String updatedBy;

	@Column(name = "updated_at")
	private Instant updatedAt;

	@Version
	private long version;

	protected Branding() {
	}

	static Branding create() {
		Branding branding = new Branding();
		branding.id = SINGLETON_ID;
		return branding;
	}

	void change(SaveBrandingCommand command, String by, Instant at) {
		this.productName = command.productName();
		this.primaryColor = command.primaryColor();
		this.sidebarColor = command.sidebarColor();
		this.defaultSignature = command.defaultSignature();
		touched(by, at);
	}

	void logo(String contentType, String by, Instant at) {
		this.logoContentType = contentType;
		touched(by, at);
	}

	private void touched(String by, Instant at) {
		this.revision++;
		this.updatedBy = by;
		this.updatedAt = at;
	}

	String getProductName() {
		return this.productName;
	}

	String getPrimaryColor() {
		return this.primaryColor;
	}

	String getSidebarColor() {
		return this.sidebarColor;
	}

	String getLogoContentType() {
		return this.logoContentType;
	}

	String getDefaultSignature() {
		return this.defaultSignature;
	}

	long getRevision() {
		return this.revision;
	}

	String getUpdatedBy() {
		return this.updatedBy;
	}

	Instant getUpdatedAt() {
		return this.updatedAt;
	}

}
