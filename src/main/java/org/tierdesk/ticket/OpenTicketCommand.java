package org.tierdesk.ticket;

import java.util.List;

/**
 * A new request, from any channel. {@code priority} and {@code departmentId} may be null
 * for the defaults.
 */
public record OpenTicketCommand(String subject, String description, String requesterEmail, String requesterName,
		Long requesterUserId, Channel channel, Priority priority, Long departmentId, List<NewAttachment> attachments) {

	public OpenTicketCommand {
		attachments = (attachments != null) ? List.copyOf(attachments) : List.of();
	}

}
