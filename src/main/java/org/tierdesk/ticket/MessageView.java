package org.tierdesk.ticket;

import java.time.Instant;
import java.util.List;

/**
 * A message in a ticket's conversation: the request itself, replies and internal notes;
 * {@code mail} is set for a message that came by e-mail.
 */
public record MessageView(long id, AuthorType authorType, String authorName, String authorEmail, String body,
		boolean internal, Channel channel, Instant createdAt, List<AttachmentView> attachments, MailDetails mail) {

	/**
	 * The new text of a mail reply, without the quoted history (the whole text
	 * otherwise).
	 */
	public String newText() {
		return (this.mail != null && this.mail.quotedFrom() != null && this.mail.quotedFrom() <= this.body.length())
				? this.body.substring(0, this.mail.quotedFrom()).stripTrailing() : this.body;
	}

	/** The quoted history of a mail reply, or null. */
	public String quotedText() {
		return (this.mail != null && this.mail.quotedFrom() != null && this.mail.quotedFrom() < this.body.length())
				? this.body.substring(this.mail.quotedFrom()) : null;
	}

	/** The files shown as attachments: all but the images a mail shows inline. */
	public List<AttachmentView> files() {
		return this.attachments.stream().filter((a) -> !a.inline()).toList();
	}

}
