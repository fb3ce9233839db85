package org.tierdesk.channel.email;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;

/**
 * Writes small raw mails for tests.
 */
final class MailBuilder {

	private final StringBuilder headers = new StringBuilder();

	private String body = "Hello\r\n";

	static MailBuilder mail() {
		return new MailBuilder().header("From", "Alice <alice@example.com>")
			.header("To", "support@tierdesk.example")
			.header("Subject", "Printer broken")
			.header("Message-ID", "<m1@example.com>");
	}

	MailBuilder header(String name, String value) {
		this.headers.append(name).append(": ").append(value).append("\r\n");
		return this;
	}

	MailBuilder body(String body) {
		this.body = body;
		return this;
	}

	byte[] bytes() {
		return (this.headers + "\r\n" + this.body).getBytes(StandardCharsets.ISO_8859_1);
	}

	ParsedMail parse() throws MailParseException {
		return new MailParser().parse(new ByteArrayInputStream(bytes()));
	}

}
