package org.tierdesk.desk.domain;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.hibernate.Length;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.tierdesk.desk.DefineRequestTypeCommand;
import org.tierdesk.desk.RequestTypeView;

/**
 * A kind of request with its own portal form and defaults. Names, descriptions and the
 * form are JSON in the row, read only with the whole type (ADR 0020).
 */
@Entity
@Table(name = "request_type")
class RequestType {

	@Id
	@GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "request_type_seq")
	@SequenceGenerator(name = "request_type_seq", sequenceName = "request_type_seq", allocationSize = 50)
	private Long id;

	@Column(name = "type_key")
	private String key;

	@Column(name = "department_id")
	private Long departmentId;

	private String names;

	@JdbcTypeCode(SqlTypes.LONG32VARCHAR)
	@Column(length = Length.LONG32)
	private String descriptions;

	@JdbcTypeCode(SqlTypes.LONG32VARCHAR)
	@Column(name = "form_fields", length = Length.LONG32)
	private String formFields;

	private String priority;

	@Column(name = "tier_id")
	private Long tierId;

	private boolean active;

	private int position;

	@Column(name = "created_at")
	private Instant createdAt;

	@Column(name = "updated_at")
	private Instant updatedAt;

	@Version
	private long version;

	protected RequestType() {
	}

	RequestType(String key, DefineRequestTypeCommand command, int position, Instant now) {
		this.key = key;
		this.position = position;
		this.createdAt = now;
		change(command, now);
	}

	void change(DefineRequestTypeCommand command, Instant now) {
		this.departmentId = command.departmentId();
		this.names = FieldJson.texts(command.names());
		this.descriptions = FieldJson.texts(command.descriptions());
		this.formFields = FieldJson.form(command.fields());
		this.priority = command.priority();
		this.tierId = command.tierId();
		this.active = command.active();
		this.updatedAt = now;
	}

	String getKey() {
		return this.key;
	}

	int getPosition() {
		return this.position;
	}

	long getVersion() {
		return this.version;
	}

	RequestTypeView toView() {
		return new RequestTypeView(this.id, this.key, this.departmentId, FieldJson.texts(this.names),
				FieldJson.texts(this.descriptions), FieldJson.form(this.formFields), this.priority, this.tierId,
				this.active, this.position, this.version);
	}

}
