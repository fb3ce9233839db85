package org.tierdesk.channel.portal;

import jakarta.validation.constraints.NotBlank;

/**
 * A customer signing up for a portal account.
 */
class RegistrationForm {

	@NotBlank(message = "{validation.required}")
	private String displayName;

	@NotBlank(message = "{validation.required}")
	private String email;

	@NotBlank(message = "{validation.required}")
	private String password;

	@NotBlank(message = "{validation.required}")
	private String passwordConfirmation;

	public String getDisplayName() {
		return this.displayName;
	}

	public void setDisplayName(String displayName) {
		this.displayName = displayName;
	}

	public String getEmail() {
		return this.email;
	}

	public void setEmail(String email) {
		this.email = email;
	}

	public String getPassword() {
		return this.password;
	}

	public void setPassword(String password) {
		this.password = password;
	}

	public String getPasswordConfirmation() {
		return this.passwordConfirmation;
	}

	public void setPasswordConfirmation(String passwordConfirmation) {
		this.passwordConfirmation = passwordConfirmation;
	}

}
