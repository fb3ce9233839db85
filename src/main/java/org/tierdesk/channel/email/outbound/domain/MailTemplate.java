package org.tierdesk.channel.email.outbound.domain;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.tierdesk.channel.email.outbound.OutboundMailKind;

/**
 * An admin's own subject and body for one kind of mail in one language, used instead of
 * the default text.
 */
@Entity
@Table(name = "mail_template")
class MailTemplate {

	@Id
	@GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "mail_template_seq")
	@SequenceGenerator(name = "mail_template_seq", sequenceName = "mail_template_seq", allocationSize = 50)
	private Long id;

	@Enumerated(EnumType.STRING)
	private OutboundMailKind kind;

	private String language;

	private String subject;

	@JdbcTypeCode(SqlTypes.LONG32VARCHAR)
	private String body;

	@Column(name = "updated_at")
	private Instant updatedAt;

	@Column(name = "updated_by")
	private String updatedBy;

	@Version
	private long version;

	protected MailTemplate() {
	}

	MailTemplate(OutboundMailKind kind, String language) {
		this.kind = kind;
		this.language = language;
	}

	void change(TemplateText text, String by, Instant now) {
		this.subject = text.subject();
		this.body = text.body();
		this.updatedBy = by;
		this.updatedAt = now;
	}

	TemplateText text() {
		return new TemplateText(this.subject, this.body);
	}

	OutboundMailKind getKind() {
		return this.kind;
	}

	String getLanguage() {
		return this.language;
	}

	Instant getUpdatedAt() {
		return this.updatedAt;
	}

	String getUpdatedBy() {
		return this.updatedBy;
	}

}
