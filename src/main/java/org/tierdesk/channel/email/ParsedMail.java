package org.tierdesk.channel.email;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * An e-mail message parsed into the values the intake pipeline needs; close it to delete
 * the temporary files of large parts.
 */
public record ParsedMail(Optional<String> messageId, Optional<String> inReplyTo, List<String> references,
		String subject, Optional<MailAddress> from, List<MailAddress> to, List<MailAddress> cc,
		List<MailAddress> replyTo, Optional<Instant> date, String textBody, Optional<String> htmlBody,
		List<MailAttachment> inlineParts, List<MailAttachment> attachments, MailHeaders headers,
		Optional<MailReport> report, Optional<MailHeaders> returnedHeaders,
		AutoCloseable resources) implements AutoCloseable {

	public ParsedMail {
		references = List.copyOf(references);
		to = List.copyOf(to);
		cc = List.copyOf(cc);
		replyTo = List.copyOf(replyTo);
		inlineParts = List.copyOf(inlineParts);
		attachments = List.copyOf(attachments);
		resources = resources == null ? () -> {
		} : resources;
	}

	/**
	 * The inline part with the given Content-ID (without angle brackets).
	 */
	public Optional<MailAttachment> inlinePart(String contentId) {
		return this.inlineParts.stream()
			.filter((p) -> p.contentId().filter((id) -> id.equalsIgnoreCase(contentId)).isPresent())
			.findFirst();
	}

	@Override
	public void close() {
		try {
			this.resources.close();
		}
		catch (Exception ex) {
			// deleting temporary files is best effort
		}
	}

}
