package org.tierdesk.desk.domain;

import java.math.BigDecimal;
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

import org.hibernate.Length;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.tierdesk.desk.CustomFieldView;
import org.tierdesk.desk.FieldAudience;
import org.tierdesk.desk.FieldEntity;
import org.tierdesk.desk.FieldRules;
import org.tierdesk.desk.FieldType;

/**
 * A custom field definition. Its entity, key and type are fixed at creation; deleting it
 * archives it, so that its values and the history mentioning it stay readable.
 */
@Entity
@Table(name = "custom_field")
class CustomField {

	@Id
	@GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "custom_field_seq")
	@SequenceGenerator(name = "custom_field_seq", sequenceName = "custom_field_seq", allocationSize = 50)
	private Long id;

	@Enumerated(EnumType.STRING)
	private FieldEntity entity;

	@Column(name = "field_key")
	private String key;

	@Enumerated(EnumType.STRING)
	@Column(name = "field_type")
	private FieldType type;

	// labels, help texts and options as JSON (see FieldJson)
	private String labels;

	@JdbcTypeCode(SqlTypes.LONG32VARCHAR)
	@Column(name = "help_texts", length = Length.LONG32)
	private String helpTexts;

	@JdbcTypeCode(SqlTypes.LONG32VARCHAR)
	private String options;

	private boolean required;

	@Column(name = "min_value")
	private BigDecimal minValue;

	@Column(name = "max_value")
	private BigDecimal maxValue;

	@Column(name = "min_length")
	private Integer minLength;

	@Column(name = "max_length")
	private Integer maxLength;

	private String pattern;

	@Column(name = "default_value")
	private String defaultValue;

	@Enumerated(EnumType.STRING)
	@Column(name = "visible_to")
	private FieldAudience visibleTo;

	@Enumerated(EnumType.STRING)
	@Column(name = "editable_by")
	private FieldAudience editableBy;

	private int position;

	private boolean archived;

	@Column(name = "created_at")
	private Instant createdAt;

	@Column(name = "updated_at")
	private Instant updatedAt;

	@Version
	private long version;

	protected CustomField() {
	}

	CustomField(FieldDefinition definition, int position, Instant now) {
		this.entity = definition.entity();
		this.key = definition.key();
		this.type = definition.type();
		this.position = position;
		this.createdAt = now;
		apply(definition, now);
	}

	void change(FieldDefinition definition, Instant now) {
		apply(definition, now);
	}

	private void apply(FieldDefinition definition, Instant now) {
		this.labels = FieldJson.texts(definition.labels());
		this.helpTexts = FieldJson.texts(definition.helpTexts());
		this.options = FieldJson.options(definition.options());
		this.required = definition.required();
		FieldRules rules = definition.rules();
		this.minValue = rules.min();
		this.maxValue = rules.max();
		this.minLength = rules.minLength();
		this.maxLength = rules.maxLength();
		this.pattern = rules.pattern();
		this.defaultValue = definition.defaultValue();
		this.visibleTo = definition.visibleTo();
		this.editableBy = definition.editableBy();
		this.updatedAt = now;
	}

	void archive(boolean archived, Instant now) {
		this.archived = archived;
		this.updatedAt = now;
	}

	void moveTo(int position) {
		this.position = position;
	}

	Long getId() {
		return this.id;
	}

	FieldEntity getEntity() {
		return this.entity;
	}

	String getKey() {
		return this.key;
	}

	FieldType getType() {
		return this.type;
	}

	int getPosition() {
		return this.position;
	}

	boolean isArchived() {
		return this.archived;
	}

	long getVersion() {
		return this.version;
	}

	CustomFieldView toView() {
		return new CustomFieldView(this.id, this.entity, this.key, this.type, FieldJson.texts(this.labels),
				FieldJson.texts(this.helpTexts), this.required,
				new FieldRules(this.minValue, this.maxValue, this.minLength, this.maxLength, this.pattern),
				this.defaultValue, this.visibleTo, this.editableBy, this.position, FieldJson.options(this.options),
				this.archived, this.version);
	}

}
