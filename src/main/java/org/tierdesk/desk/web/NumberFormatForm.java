package org.tierdesk.desk.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;

import org.tierdesk.desk.TicketNumberFormat;

/**
 * The ticket-number format as edited on the settings screen.
 */
public class NumberFormatForm {

	@NotBlank(message = "{validation.required}")
	private String prefix;

	private boolean includeYear;

	@NotBlank(message = "{validation.required}")
	@Pattern(regexp = "\\s*(\\d{1,2}\\s*)?", message = "{desk.numberFormat.padding.invalid}")
	private String padding;

	static NumberFormatForm of(TicketNumberFormat format) {
		NumberFormatForm form = new NumberFormatForm();
		form.setPrefix(format.prefix());
		form.setIncludeYear(format.includeYear());
		form.setPadding(String.valueOf(format.padding()));
		return form;
	}

	/** The format this form describes; throws if the prefix or padding are not valid. */
	TicketNumberFormat toFormat() {
		int digits;
		try {
			digits = Integer.parseInt((this.padding != null) ? this.padding.strip() : "");
		}
		catch (NumberFormatException ex) {
			digits = 0;
		}
		return new TicketNumberFormat(this.prefix, this.includeYear, digits);
	}

	public String getPrefix() {
		return this.prefix;
	}

	public void setPrefix(String prefix) {
		this.prefix = prefix;
	}

	public boolean isIncludeYear() {
		return this.includeYear;
	}

	public void setIncludeYear(boolean includeYear) {
		this.includeYear = includeYear;
	}

	public String getPadding() {
		return this.padding;
	}

	public void setPadding(String padding) {
		this.padding = padding;
	}

}
