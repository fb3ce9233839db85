package org.tierdesk.channel.email.outbound.domain;

import java.util.Arrays;
import java.util.Date;
import java.util.stream.Collectors;

import jakarta.activation.DataHandler;
import jakarta.mail.MessagingException;
import jakarta.mail.Part;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeUtility;
import jakarta.mail.util.ByteArrayDataSource;

import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;
import org.tierdesk.ticket.AttachmentContent;
import org.tierdesk.ticket.TicketManagement;

/**
 * Builds the MIME message of an outgoing mail: UTF-8 plain text (with an HTML alternative
 * when there is one), the ticket's attachments, and the headers that thread it and keep
 * auto-responders quiet.
 */
@Component
class MimeMailFactory {

	private final TicketManagement tickets;

	MimeMailFactory(TicketManagement tickets) {
		this.tickets = tickets;
	}

	MimeMessage build(JavaMailSender sender, OutgoingMail mail, InternetAddress from, Date sentDate)
			throws MessagingException {
		MimeMessage message = sender.createMimeMessage();
		boolean multipart = !mail.attachmentIds().isEmpty() || StringUtils.hasText(mail.bodyHtml());
		MimeMessageHelper helper = new MimeMessageHelper(message,
				multipart ? MimeMessageHelper.MULTIPART_MODE_MIXED : MimeMessageHelper.MULTIPART_MODE_NO, "UTF-8");
		helper.setFrom(from);
		helper.setTo(Addresses.parseList(mail.to()));
		InternetAddress[] cc = Addresses.parseList(mail.cc());
		if (cc.length > 0) {
			helper.setCc(cc);
		}
		helper.setSubject(mail.subject());
		helper.setSentDate(sentDate);
		if (StringUtils.hasText(mail.bodyHtml())) {
			helper.setText(mail.bodyText(), mail.bodyHtml());
		}
		else {
			helper.setText(mail.bodyText(), false);
		}
		for (long attachmentId : mail.attachmentIds()) {
			AttachmentContent content = this.tickets.attachment(attachmentId)
				.orElseThrow(() -> new MissingAttachmentException(attachmentId));
			String type = StringUtils.hasText(content.attachment().contentType()) ? content.attachment().contentType()
					: "application/octet-stream";
			helper.getRootMimeMultipart()
				.addBodyPart(attachmentPart(content.attachment().filename(), type, content.data()));
		}
		// JavaMailSenderImpl keeps a Message-ID that is set explicitly
		message.setHeader("Message-ID", "<" + mail.messageId() + ">");
		if (mail.inReplyTo() != null) {
			message.setHeader("In-Reply-To", "<" + mail.inReplyTo() + ">");
		}
		if (StringUtils.hasText(mail.references())) {
			String references = Arrays.stream(mail.references().split(" "))
				.map((id) -> "<" + id + ">")
				.collect(Collectors.joining(" "));
			message.setHeader("References", MimeUtility.fold("References: ".length(), references));
		}
		if (mail.autoSubmitted() != null) {
			// RFC 3834: an automatic reply, which auto-responders must not answer
			message.setHeader("Auto-Submitted", mail.autoSubmitted());
			message.setHeader("X-Auto-Response-Suppress", "All");
		}
		message.setHeader("X-Tierdesk-Ticket", mail.ticketNumber());
		return message;
	}

	/**
	 * A file as it was stored, byte for byte: base64 also for text files, which would
	 * otherwise get their line ends rewritten. The name is encoded as RFC 2231 says when
	 * it is not plain ASCII.
	 */
	private static MimeBodyPart attachmentPart(String filename, String contentType, byte[] data)
			throws MessagingException {
		MimeBodyPart part = new MimeBodyPart();
		part.setDataHandler(new DataHandler(new ByteArrayDataSource(data, contentType)));
		part.setDisposition(Part.ATTACHMENT);
		part.setFileName(filename);
		part.setHeader("Content-Transfer-Encoding", "base64");
		return part;
	}

	/** An attachment of the mail no longer exists; the mail cannot be sent as written. */
	static class MissingAttachmentException extends RuntimeException {

		MissingAttachmentException(long attachmentId) {
			super("Attachment " + attachmentId + " of the ticket no longer exists");
		}

	}

}
