package org.tierdesk.ticket;

import java.time.Instant;
import java.util.List;

/**
 * A message in a ticket's conversation: the request itself, replies and internal notes.
 */
public record MessageView(long id, AuthorType authorType, String authorName, String authorEmail, String body,
		boolean internal, Channel channel, Instant createdAt, List<AttachmentView> attachments) {
}
