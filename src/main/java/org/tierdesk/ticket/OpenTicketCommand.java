package org.tierdesk.ticket;

import java.util.List;
import java.util.Map;

import org.tierdesk.desk.FieldAudience;

/**
 * A new request, from any channel. {@code priority}, {@code departmentId} and
 * {@code tierId} may be null for the defaults (normal priority, the default department,
 * the first tier); {@code mail} carries what a request that came by e-mail brings along.
 * {@code fields} are custom-field values by key, filled in by {@code fieldEditor} (null:
 * the desk itself, which only applies the fields' defaults).
 */
public record OpenTicketCommand(String subject, String description, String requesterEmail, String requesterName,
		Long requesterUserId, Channel channel, Priority priority, Long departmentId, List<NewAttachment> attachments,
		Long tierId, MailDetails mail, Map<String, Object> fields, FieldAudience fieldEditor) {

	public OpenTicketCommand {
		attachments = (attachments != null) ? List.copyOf(attachments) : List.of();
		fields = (fields != null) ? fields : Map.of();
	}

	public OpenTicketCommand(String subject, String description, String requesterEmail, String requesterName,
			Long requesterUserId, Channel channel, Priority priority, Long departmentId,
			List<NewAttachment> attachments, Long tierId, MailDetails mail) {
		this(subject, description, requesterEmail, requesterName, requesterUserId, channel, priority, departmentId,
				attachments, tierId, mail, null, null);
	}

	/** The same request with custom-field values filled in by {@code editor}. */
	public OpenTicketCommand withFields(Map<String, Object> values, FieldAudience editor) {
		return new OpenTicketCommand(this.subject, this.description, this.requesterEmail, this.requesterName,
				this.requesterUserId, this.channel, this.priority, this.departmentId, this.attachments, this.tierId,
				this.mail, values, editor);
	}

	public OpenTicketCommand(String subject, String description, String requesterEmail, String requesterName,
			Long requesterUserId, Channel channel, Priority priority, Long departmentId,
			List<NewAttachment> attachments) {
		this(subject, description, requesterEmail, requesterName, requesterUserId, channel, priority, departmentId,
				attachments, null, null, null, null);
	}

}
