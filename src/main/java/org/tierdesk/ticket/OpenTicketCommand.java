package org.tierdesk.ticket;

import java.util.List;

/**
 * A new request, from any channel. {@code priority}, {@code departmentId} and
 * {@code tierId} may be null for the defaults (normal priority, the default department,
 * the first tier); {@code mail} carries what a request that came by e-mail brings along.
 */
public record OpenTicketCommand(String subject, String description, String requesterEmail, String requesterName,
		Long requesterUserId, Channel channel, Priority priority, Long departmentId, List<NewAttachment> attachments,
		Long tierId, MailDetails mail) {

	public OpenTicketCommand {
		attachments = (attachments != null) ? List.copyOf(attachments) : List.of();
	}

	public OpenTicketCommand(String subject, String description, String requesterEmail, String requesterName,
			Long requesterUserId, Channel channel, Priority priority, Long departmentId,
			List<NewAttachment> attachments) {
		this(subject, description, requesterEmail, requesterName, requesterUserId, channel, priority, departmentId,
				attachments, null, null);
	}

}
