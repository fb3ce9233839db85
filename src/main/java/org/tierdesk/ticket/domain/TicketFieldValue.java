package org.tierdesk.ticket.domain;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import org.hibernate.Length;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.tierdesk.desk.FieldType;
import org.tierdesk.desk.FieldValue;

/**
 * One stored value of a custom field on a ticket, in the typed column of the field's type
 * (see ADR 0020). A multiple choice is one row per chosen option.
 */
@Entity
@Table(name = "ticket_field_value")
class TicketFieldValue {

	@EmbeddedId
	private Key id;

	@Column(name = "text_value")
	private String textValue;

	@Column(name = "long_text_value", length = Length.LONG32)
	@JdbcTypeCode(SqlTypes.LONG32VARCHAR)
	private String longTextValue;

	@Column(name = "number_value")
	private BigDecimal numberValue;

	@Column(name = "date_value")
	private LocalDate dateValue;

	@Column(name = "time_value")
	private Instant timeValue;

	@Column(name = "flag_value")
	private Boolean flagValue;

	@Column(name = "ref_value")
	private Long refValue;

	protected TicketFieldValue() {
	}

	TicketFieldValue(long ticketId, long fieldId, int position) {
		this.id = new Key(ticketId, fieldId, position);
	}

	/** Stores the {@code index}th part of a value (the option of a multiple choice). */
	void set(FieldValue value, int index) {
		this.textValue = null;
		this.longTextValue = null;
		this.numberValue = null;
		this.dateValue = null;
		this.timeValue = null;
		this.flagValue = null;
		this.refValue = null;
		switch (value.type()) {
			case TEXT, SINGLE_CHOICE -> this.textValue = value.text();
			case LONG_TEXT -> this.longTextValue = value.text();
			case MULTIPLE_CHOICE -> this.textValue = value.choices().get(index);
			case NUMBER, DECIMAL -> this.numberValue = value.number();
			case DATE -> this.dateValue = value.date();
			case DATE_TIME -> this.timeValue = value.dateTime();
			case CHECKBOX -> this.flagValue = value.flag();
			case AGENT -> this.refValue = value.ref();
		}
	}

	/** The number of rows a value takes. */
	static int rows(FieldValue value) {
		return (value.type() == FieldType.MULTIPLE_CHOICE) ? value.choices().size() : 1;
	}

	/**
	 * The column a field type is stored (and filtered and sorted) in, as named in JPQL.
	 */
	static String column(FieldType type) {
		return switch (type) {
			case TEXT, SINGLE_CHOICE, MULTIPLE_CHOICE -> "textValue";
			case LONG_TEXT -> "longTextValue";
			case NUMBER, DECIMAL -> "numberValue";
			case DATE -> "dateValue";
			case DATE_TIME -> "timeValue";
			case CHECKBOX -> "flagValue";
			case AGENT -> "refValue";
		};
	}

	Key getId() {
		return this.id;
	}

	String getTextValue() {
		return this.textValue;
	}

	String getLongTextValue() {
		return this.longTextValue;
	}

	BigDecimal getNumberValue() {
		return this.numberValue;
	}

	LocalDate getDateValue() {
		return this.dateValue;
	}

	Instant getTimeValue() {
		return this.timeValue;
	}

	Boolean getFlagValue() {
		return this.flagValue;
	}

	Long getRefValue() {
		return this.refValue;
	}

	/** Ticket, field and position of a value. */
	@Embeddable
	record Key(@Column(name = "ticket_id") long ticketId, @Column(name = "field_id") long fieldId,
			@Column(name = "position") int position) implements Serializable {
	}

}
