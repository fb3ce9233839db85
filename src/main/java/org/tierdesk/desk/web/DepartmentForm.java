package org.tierdesk.desk.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.tierdesk.desk.SaveDepartmentCommand;

/**
 * A department as edited by an admin: its name, whether new tickets may use it, whether
 * it is confidential and the address its mail is sent from.
 */
public class DepartmentForm {

	@NotBlank(message = "{validation.required}")
	@Size(max = 100, message = "{validation.tooLong}")
	private String name;

	private boolean active = true;

	private boolean confidential;

	@Size(max = 254, message = "{validation.tooLong}")
	private String senderAddress;

	public boolean isConfidential() {
		return this.confidential;
	}

	public void setConfidential(boolean confidential) {
		this.confidential = confidential;
	}

	public String getSenderAddress() {
		return this.senderAddress;
	}

	public void setSenderAddress(String senderAddress) {
		this.senderAddress = senderAddress;
	}

	SaveDepartmentCommand toCommand() {
		return new SaveDepartmentCommand(this.name, this.active, this.confidential, this.senderAddress);
	}

	public String getName() {
		return this.name;
	}

	public void setName(String name) {
		this.name = name;
	}

	public boolean isActive() {
		return this.active;
	}

	public void setActive(boolean active) {
		this.active = active;
	}

}
