package org.tierdesk.channel.email.outbound.web;

import jakarta.validation.constraints.NotBlank;

/**
 * The subject and text of a mail template as typed into the form.
 */
public class MailTemplateForm {

	@NotBlank(message = "{validation.required}")
	private String subject;

	@NotBlank(message = "{validation.required}")
	private String body;

	public MailTemplateForm() {
	}

	MailTemplateForm(String subject, String body) {
		this.subject = subject;
		this.body = body;
	}

	public String getSubject() {
		return this.subject;
	}

	public void setSubject(String subject) {
		this.subject = subject;
	}

	public String getBody() {
		return this.body;
	}

	public void setBody(String body) {
		this.body = body;
	}

}
