package org.tierdesk.channel.portal;

import java.util.ArrayList;
import java.util.List;

import jakarta.validation.constraints.NotBlank;

import org.springframework.web.multipart.MultipartFile;

/**
 * A customer's answer on their ticket, with optional files.
 */
class ReplyForm {

	@NotBlank(message = "{validation.required}")
	private String body;

	private List<MultipartFile> attachments = new ArrayList<>();

	public String getBody() {
		return this.body;
	}

	public void setBody(String body) {
		this.body = body;
	}

	public List<MultipartFile> getAttachments() {
		return this.attachments;
	}

	public void setAttachments(List<MultipartFile> attachments) {
		this.attachments = attachments;
	}

}
