package org.tierdesk.channel.email;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Builds raw mails for tests: headers, a text body, optionally an HTML alternative with
 * inline images and attachments. Named fixtures read as what they are.
 */
public final class TestMails {

	private final Map<String, String> headers = new LinkedHashMap<>();

	private String text = "Hello,\n\nmy printer does not print.\n\nRegards";

	private String html;

	private final List<String[]> inline = new ArrayList<>();

	private final List<String[]> files = new ArrayList<>();

	private TestMails() {
	}

	/** A plain mail from the given address with a fresh Message-ID. */
	public static TestMails from(String from) {
		TestMails mail = new TestMails();
		mail.headers.put("From", from);
		mail.headers.put("To", "support@tierdesk.test");
		mail.headers.put("Subject", "Printer broken");
		mail.headers.put("Date", "Mon, 23 Nov 2026 09:00:00 +0100");
		mail.headers.put("Message-ID", "<" + UUID.randomUUID() + "@customer.test>");
		mail.headers.put("MIME-Version", "1.0");
		return mail;
	}

	/**
	 * A delivery status notification (RFC 3464) from the customer's mail server: the
	 * desk's mail with this Message-ID (and, if given, ticket number in the subject)
	 * could not be delivered to the recipient, 5.1.1 user unknown.
	 */
	public static byte[] bounce(String recipient, String ticketNumber, String bouncedMessageId) {
		return """
				From: Mail Delivery System <MAILER-DAEMON@mx.customer.test>
				To: support@tierdesk.test
				Subject: Undelivered Mail Returned to Sender
				Message-ID: <%s@mx.customer.test>
				MIME-Version: 1.0
				Content-Type: multipart/report; report-type=delivery-status; boundary="B1"

				--B1
				Content-Type: text/plain

				I'm sorry to have to inform you that your message could not be delivered.

				--B1
				Content-Type: message/delivery-status

				Reporting-MTA: dns; mx.customer.test

				Final-Recipient: rfc822; %s
				Action: failed
				Status: 5.1.1
				Diagnostic-Code: smtp; 550 5.1.1 User unknown

				--B1
				Content-Type: text/rfc822-headers

				From: support@tierdesk.test
				To: %s
				Subject: %sNeed a new badge
				Message-ID: <%s>

				--B1--
				"""
			.formatted(UUID.randomUUID(), recipient, recipient, (ticketNumber != null) ? "[" + ticketNumber + "] " : "",
					bouncedMessageId)
			.replace("\n", "\r\n")
			.getBytes(StandardCharsets.US_ASCII);
	}

	public static String newMessageId() {
		return UUID.randomUUID() + "@customer.test";
	}

	public TestMails header(String name, String value) {
		if (value == null) {
			this.headers.remove(name);
		}
		else {
			this.headers.put(name, value);
		}
		return this;
	}

	public TestMails subject(String subject) {
		return header("Subject", subject);
	}

	public TestMails messageId(String id) {
		return header("Message-ID", (id != null) ? "<" + id + ">" : null);
	}

	public TestMails inReplyTo(String id) {
		return header("In-Reply-To", "<" + id + ">");
	}

	public TestMails text(String text) {
		this.text = text;
		return this;
	}

	public TestMails html(String html) {
		this.html = html;
		return this;
	}

	public TestMails inlineImage(String contentId, byte[] png) {
		this.inline.add(new String[] { contentId, Base64.getMimeEncoder().encodeToString(png) });
		return this;
	}

	public TestMails attachment(String filename, String contentType, byte[] data) {
		this.files.add(new String[] { filename, contentType, Base64.getMimeEncoder().encodeToString(data) });
		return this;
	}

	public String messageIdValue() {
		String id = this.headers.get("Message-ID");
		return (id != null) ? id.substring(1, id.length() - 1) : null;
	}

	public byte[] bytes() {
		StringBuilder out = new StringBuilder();
		this.headers.forEach((name, value) -> out.append(name).append(": ").append(value).append("\r\n"));
		String textPart = "Content-Type: text/plain; charset=UTF-8\r\nContent-Transfer-Encoding: 8bit\r\n\r\n"
				+ this.text.replace("\n", "\r\n") + "\r\n";
		if (this.html == null && this.files.isEmpty()) {
			out.append(textPart);
			return out.toString().getBytes(StandardCharsets.UTF_8);
		}
		String mixed = "mixed-" + UUID.randomUUID();
		String alternative = "alt-" + UUID.randomUUID();
		String related = "rel-" + UUID.randomUUID();
		out.append("Content-Type: multipart/mixed; boundary=\"").append(mixed).append("\"\r\n\r\n");
		out.append("--").append(mixed).append("\r\n");
		if (this.html != null) {
			out.append("Content-Type: multipart/alternative; boundary=\"").append(alternative).append("\"\r\n\r\n");
			out.append("--").append(alternative).append("\r\n").append(textPart);
			out.append("--").append(alternative).append("\r\n");
			out.append("Content-Type: multipart/related; boundary=\"").append(related).append("\"\r\n\r\n");
			out.append("--").append(related).append("\r\n");
			out.append("Content-Type: text/html; charset=UTF-8\r\nContent-Transfer-Encoding: 8bit\r\n\r\n")
				.append(this.html)
				.append("\r\n");
			for (String[] image : this.inline) {
				out.append("--").append(related).append("\r\n");
				out.append("Content-Type: image/png\r\nContent-Transfer-Encoding: base64\r\nContent-ID: <")
					.append(image[0])
					.append(">\r\nContent-Disposition: inline\r\n\r\n")
					.append(image[1])
					.append("\r\n");
			}
			out.append("--").append(related).append("--\r\n");
			out.append("--").append(alternative).append("--\r\n");
		}
		else {
			out.append(textPart);
		}
		for (String[] file : this.files) {
			out.append("--").append(mixed).append("\r\n");
			out.append("Content-Type: ").append(file[1]).append("\r\nContent-Transfer-Encoding: base64\r\n");
			out.append("Content-Disposition: attachment; filename=\"").append(file[0]).append("\"\r\n\r\n");
			out.append(file[2]).append("\r\n");
		}
		out.append("--").append(mixed).append("--\r\n");
		return out.toString().getBytes(StandardCharsets.UTF_8);
	}

	/** A 1×1 PNG. */
	public static byte[] png() {
		return Base64.getDecoder()
			.decode("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==");
	}

}
