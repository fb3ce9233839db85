package org.tierdesk.ticket.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.LongFunction;

import org.tierdesk.ticket.AttachmentView;
import org.tierdesk.ticket.MailDetails;
import org.tierdesk.ticket.MessageHtml;
import org.tierdesk.ticket.MessageView;
import org.tierdesk.ticket.TicketView;

/**
 * A message as the agent's ticket page shows it; {@code mail} is set for a message that
 * came by mail.
 */
record ConversationEntry(MessageView message, MailView mail) {

	/**
	 * What the page shows of a mail beyond its text: the HTML view (new part and folded
	 * quote), whether remote images were blocked or are shown, whether its subject
	 * differs from the ticket's, and the message of this ticket it replies to or refers
	 * to, if any.
	 */
	record MailView(String html, String quotedHtml, boolean blockedImages, boolean remoteImages, boolean subjectDiffers,
			Long threadTarget, List<AttachmentView> files) {
	}

	/**
	 * The ticket's messages; remote images are shown for the messages whose ids
	 * {@code remoteImagesFor} names (or for all with {@code "all"}).
	 */
	static List<ConversationEntry> of(TicketView ticket, List<MessageView> messages, LongFunction<String> attachmentUrl,
			Set<String> remoteImagesFor) {
		List<ConversationEntry> entries = new ArrayList<>(messages.size());
		for (MessageView message : messages) {
			entries.add(new ConversationEntry(message, mail(ticket, messages, message, attachmentUrl,
					remoteImagesFor.contains("all") || remoteImagesFor.contains(String.valueOf(message.id())))));
		}
		return entries;
	}

	/** Whether any message shows its remote images. */
	static boolean showsRemoteImages(List<ConversationEntry> entries) {
		return entries.stream().anyMatch((e) -> e.mail() != null && e.mail().remoteImages());
	}

	private static MailView mail(TicketView ticket, List<MessageView> messages, MessageView message,
			LongFunction<String> attachmentUrl, boolean allowRemoteImages) {
		MailDetails mail = message.mail();
		if (mail == null) {
			return null;
		}
		String blocked = MessageHtml.render(message, attachmentUrl, false);
		boolean hasBlocked = MessageHtml.hasBlockedImages(blocked);
		boolean remote = allowRemoteImages && hasBlocked;
		QuotedHtml html = QuotedHtml.of(remote ? MessageHtml.render(message, attachmentUrl, true) : blocked);
		boolean subjectDiffers = mail.subject() != null && !mail.subject().isBlank()
				&& !mail.subject().strip().equalsIgnoreCase(ticket.subject().strip());
		return new MailView(html.main(), html.quoted(), hasBlocked && !remote, remote, subjectDiffers,
				threadTarget(messages, message), files(message, blocked, attachmentUrl));
	}

	/**
	 * The attachments to list: all but the inline images the HTML view shows (an inline
	 * part the HTML does not show is listed, so nothing is hidden).
	 */
	private static List<AttachmentView> files(MessageView message, String html, LongFunction<String> attachmentUrl) {
		return message.attachments()
			.stream()
			.filter((a) -> !a.inline() || html == null || !html.contains("\"" + attachmentUrl.apply(a.id()) + "\""))
			.toList();
	}

	/** The message of this ticket that a reply names in In-Reply-To or References. */
	private static Long threadTarget(List<MessageView> messages, MessageView message) {
		MailDetails mail = message.mail();
		boolean replyOrReference = mail.threadingReason() == MailDetails.ThreadingReason.IN_REPLY_TO
				|| mail.threadingReason() == MailDetails.ThreadingReason.REFERENCES;
		if (!replyOrReference || mail.threadingDetail() == null) {
			return null;
		}
		String id = mail.threadingDetail().replaceAll("^<|>$", "").strip().toLowerCase(Locale.ROOT);
		return messages.stream()
			.filter((m) -> m.id() != message.id() && m.mail() != null && m.mail().messageId() != null
					&& m.mail().messageId().toLowerCase(Locale.ROOT).equals(id))
			.map(MessageView::id)
			.findFirst()
			.orElse(null);
	}

}
