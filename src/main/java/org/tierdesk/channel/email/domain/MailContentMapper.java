package org.tierdesk.channel.email.domain;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.springframework.stereotype.Component;
import org.tierdesk.channel.email.FoldedText;
import org.tierdesk.channel.email.MailAttachment;
import org.tierdesk.channel.email.ParsedMail;
import org.tierdesk.channel.email.QuoteFolder;
import org.tierdesk.channel.email.TicketReference;
import org.tierdesk.platform.HtmlSanitizer;
import org.tierdesk.ticket.NewAttachment;
import org.tierdesk.ticket.TicketProperties;

/**
 * Turns a parsed mail into what a ticket message stores: the text (line ends made
 * uniform, cut at the desk's limit), where its quoted history starts, the sanitised HTML
 * view with {@code cid:} references kept for the inline images, and the files. Files the
 * desk cannot take (empty, or over the size limit) are left out and named, so that an
 * agent knows they are in the original.
 */
@Component
class MailContentMapper {

	/** The longest text a ticket message holds (as the ticket module allows). */
	static final int TEXT_MAX = 100_000;

	/** HTML views longer than this are not kept (the text and the original remain). */
	static final int HTML_MAX = 2_000_000;

	static final int SUBJECT_MAX = 200;

	private final QuoteFolder quotes = new QuoteFolder();

	private final HtmlSanitizer sanitizer = new HtmlSanitizer();

	private final TicketProperties ticketProperties;

	MailContentMapper(TicketProperties ticketProperties) {
		this.ticketProperties = ticketProperties;
	}

	/** A file the desk left out, and why. */
	record Omitted(String filename, long size, String why) {
	}

	record Content(String text, String html, Integer quotedFrom, List<NewAttachment> attachments,
			List<Omitted> omitted) {

		String omittedNote() {
			StringBuilder note = new StringBuilder("Files kept only in the original mail:");
			for (Omitted file : this.omitted) {
				note.append("\n- ")
					.append(file.filename())
					.append(" (")
					.append(file.size())
					.append(" bytes, ")
					.append(file.why())
					.append(')');
			}
			return note.toString();
		}

	}

	Content map(ParsedMail mail) {
		String text = mail.textBody().replace("\r\n", "\n").replace('\r', '\n').strip();
		boolean cut = false;
		if (text.length() > TEXT_MAX) {
			text = text.substring(0, TEXT_MAX - 200) + "\n\n[…]";
			cut = true;
		}
		Integer quotedFrom = cut ? null : quotedFrom(text);
		Set<String> referenced = new HashSet<>();
		String html = mail.htmlBody().map((raw) -> this.sanitizer.sanitize(raw, (cid) -> {
			if (mail.inlinePart(cid).isPresent()) {
				referenced.add(cid.toLowerCase(Locale.ROOT));
				return "cid:" + cid;
			}
			return null;
		}, true)).filter((clean) -> !clean.isBlank() && clean.length() <= HTML_MAX).orElse(null);
		List<NewAttachment> files = new ArrayList<>();
		List<Omitted> omitted = new ArrayList<>();
		if (cut) {
			omitted.add(new Omitted("(text)", mail.textBody().length(), "longer than " + TEXT_MAX + " characters"));
		}
		int index = 0;
		for (MailAttachment part : mail.inlineParts()) {
			index++;
			String cid = part.contentId().orElse(null);
			boolean inline = html != null && cid != null && referenced.contains(cid.toLowerCase(Locale.ROOT));
			add(files, omitted, part, index, cid, inline);
		}
		for (MailAttachment part : mail.attachments()) {
			index++;
			add(files, omitted, part, index, part.contentId().orElse(null), false);
		}
		return new Content(text, html, quotedFrom, files, omitted);
	}

	private void add(List<NewAttachment> files, List<Omitted> omitted, MailAttachment part, int index, String cid,
			boolean inline) {
		String name = filename(part, index);
		if (part.size() == 0) {
			omitted.add(new Omitted(name, 0, "empty"));
			return;
		}
		long max = this.ticketProperties.maxAttachmentSize().toBytes();
		if (part.size() > max) {
			omitted.add(new Omitted(name, part.size(),
					"larger than " + this.ticketProperties.maxAttachmentSize().toMegabytes() + " MB"));
			return;
		}
		String type = (part.contentType() != null) ? part.contentType().toLowerCase(Locale.ROOT) : null;
		files.add(new NewAttachment(name, type, part.size(), part.content()::open, cid, inline));
	}

	/** The file name as sent, else a name from the part's number and type. */
	static String filename(MailAttachment part, int index) {
		String name = (part.filename() != null) ? part.filename().strip() : "";
		name = name.replaceAll("[\\\\/\\p{Cntrl}]", "_");
		if (name.isEmpty()) {
			name = "part-" + index + extension(part.contentType());
		}
		if (name.length() > 255) {
			int dot = name.lastIndexOf('.');
			String ext = (dot > 0 && name.length() - dot <= 10) ? name.substring(dot) : "";
			name = name.substring(0, 255 - ext.length()) + ext;
		}
		return name;
	}

	private static String extension(String contentType) {
		String type = (contentType != null) ? contentType.toLowerCase(Locale.ROOT) : "";
		return switch (type) {
			case "image/png" -> ".png";
			case "image/jpeg", "image/jpg" -> ".jpg";
			case "image/gif" -> ".gif";
			case "message/rfc822" -> ".eml";
			case "text/plain" -> ".txt";
			case "text/html" -> ".html";
			case "application/pdf" -> ".pdf";
			case "text/calendar" -> ".ics";
			default -> ".bin";
		};
	}

	/** Where the quoted history starts in the text, if it is the text's tail. */
	Integer quotedFrom(String text) {
		FoldedText folded = this.quotes.fold(text);
		if (folded.quoted().isEmpty() || folded.replyWithSignature().isEmpty()) {
			return null;
		}
		if (!text.startsWith(folded.replyWithSignature())) {
			// interleaved replies: nothing to fold away safely
			return null;
		}
		int start = text.indexOf(folded.quoted(), folded.replyWithSignature().length());
		if (start < 0 || !text.substring(start).strip().equals(folded.quoted())) {
			return null;
		}
		// fold from the end of the author's own text, so the attribution line goes with
		// the quote
		return folded.replyWithSignature().length();
	}

	/**
	 * The ticket subject: reply prefixes and surrounding space removed, within the limit.
	 */
	String subject(ParsedMail mail, Content content) {
		String subject = TicketReference.stripReplyPrefixes(mail.subject()).replaceAll("\\s+", " ").strip();
		if (subject.isEmpty()) {
			String firstLine = content.text().lines().filter((line) -> !line.isBlank()).findFirst().orElse("").strip();
			subject = firstLine.isEmpty() ? "(no subject)" : firstLine;
		}
		return (subject.length() > SUBJECT_MAX) ? subject.substring(0, SUBJECT_MAX - 1) + "…" : subject;
	}

}
