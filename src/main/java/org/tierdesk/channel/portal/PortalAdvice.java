package org.tierdesk.channel.portal;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.tierdesk.ticket.TicketProperties;

/**
 * The upload limits every portal form tells the browser about, so it can refuse a file
 * before sending it.
 */
@ControllerAdvice(basePackageClasses = PortalAdvice.class)
class PortalAdvice {

	private final TicketProperties properties;

	PortalAdvice(TicketProperties properties) {
		this.properties = properties;
	}

	@ModelAttribute("maxAttachmentBytes")
	long maxAttachmentBytes() {
		return this.properties.maxAttachmentSize().toBytes();
	}

	@ModelAttribute("maxAttachmentMegabytes")
	long maxAttachmentMegabytes() {
		return this.properties.maxAttachmentSize().toMegabytes();
	}

	@ModelAttribute("maxAttachments")
	int maxAttachments() {
		return this.properties.maxAttachments();
	}

}
