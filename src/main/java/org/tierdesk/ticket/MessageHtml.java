package org.tierdesk.ticket;

import java.util.Locale;
import java.util.function.LongFunction;

import org.tierdesk.platform.HtmlSanitizer;

/**
 * The HTML view of a mail message, ready to show: sanitised once more, inline images
 * ({@code cid:}) pointing at the message's attachments, remote images replaced by a
 * placeholder unless allowed.
 */
public final class MessageHtml {

	private static final HtmlSanitizer SANITIZER = new HtmlSanitizer();

	private MessageHtml() {
	}

	/**
	 * The HTML of the message, or null if it has none; {@code attachmentUrl} gives the
	 * URL of an attachment by its id.
	 */
	public static String render(MessageView message, LongFunction<String> attachmentUrl, boolean allowRemoteImages) {
		if (message.mail() == null || message.mail().bodyHtml() == null) {
			return null;
		}
		return SANITIZER.sanitize(message.mail().bodyHtml(),
				(cid) -> message.attachments()
					.stream()
					.filter((a) -> a.contentId() != null
							&& a.contentId().toLowerCase(Locale.ROOT).equals(cid.toLowerCase(Locale.ROOT)))
					.findFirst()
					.map((a) -> attachmentUrl.apply(a.id()))
					.orElse(null),
				allowRemoteImages);
	}

	/** Whether the rendered HTML holds remote images that were blocked. */
	public static boolean hasBlockedImages(String renderedHtml) {
		return renderedHtml != null && renderedHtml.contains(HtmlSanitizer.BLOCKED_IMAGE_CLASS);
	}

}
