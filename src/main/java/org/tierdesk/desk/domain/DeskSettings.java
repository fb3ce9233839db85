package org.tierdesk.desk.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.tierdesk.desk.TicketNumberFormat;

/**
 * The single row of desk-wide settings.
 */
@Entity
@Table(name = "desk_settings")
class DeskSettings {

	static final int SINGLETON_ID = 1;

	@Id
	private Integer id;

	@Column(name = "number_prefix")
	private String numberPrefix;

	@Column(name = "number_include_year")
	private boolean numberIncludeYear;

	@Column(name = "number_padding")
	private int numberPadding;

	@Version
	private long version;

	protected DeskSettings() {
	}

	DeskSettings(TicketNumberFormat format) {
		this.id = SINGLETON_ID;
		change(format);
	}

	void change(TicketNumberFormat format) {
		this.numberPrefix = format.prefix();
		this.numberIncludeYear = format.includeYear();
		this.numberPadding = format.padding();
	}

	TicketNumberFormat numberFormat() {
		return new TicketNumberFormat(this.numberPrefix, this.numberIncludeYear, this.numberPadding);
	}

}
