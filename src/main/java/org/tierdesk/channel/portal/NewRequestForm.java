package org.tierdesk.channel.portal;

import java.util.ArrayList;
import java.util.List;

import jakarta.validation.constraints.NotBlank;

import org.springframework.web.multipart.MultipartFile;

/**
 * What a customer types into the request form. Name and e-mail are ignored for a
 * signed-in customer: those come from the account.
 */
class NewRequestForm {

	private String name;

	private String email;

	@NotBlank(message = "{validation.required}")
	private String subject;

	@NotBlank(message = "{validation.required}")
	private String description;

	private Long department;

	private List<MultipartFile> attachments = new ArrayList<>();

	public String getName() {
		return this.name;
	}

	public void setName(String name) {
		this.name = name;
	}

	public String getEmail() {
		return this.email;
	}

	public void setEmail(String email) {
		this.email = email;
	}

	public String getSubject() {
		return this.subject;
	}

	public void setSubject(String subject) {
		this.subject = subject;
	}

	public String getDescription() {
		return this.description;
	}

	public void setDescription(String description) {
		this.description = description;
	}

	public Long getDepartment() {
		return this.department;
	}

	public void setDepartment(Long department) {
		this.department = department;
	}

	public List<MultipartFile> getAttachments() {
		return this.attachments;
	}

	public void setAttachments(List<MultipartFile> attachments) {
		this.attachments = attachments;
	}

}
