package org.tierdesk.channel.email;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.Collections;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class MailParserTests {

	static String b64(String text, Charset charset) {
		return Base64.getEncoder().encodeToString(text.getBytes(charset));
	}

	@Test
	void shouldDecodeIso2022JpSubjectAndBody() throws Exception {
		Charset jis = Charset.forName("ISO-2022-JP");
		try (ParsedMail mail = new MailBuilder().header("From", "a@example.jp")
			.header("Subject", "=?ISO-2022-JP?B?" + b64("プリンター故障", jis) + "?=")
			.header("Content-Type", "text/plain; charset=ISO-2022-JP")
			.header("Content-Transfer-Encoding", "7bit")
			.body(new String("印刷できません\r\n".getBytes(jis), StandardCharsets.ISO_8859_1))
			.parse()) {
			assertThat(mail.subject()).isEqualTo("プリンター故障");
			assertThat(mail.textBody()).contains("印刷できません");
		}
	}

	@Test
	void shouldDecodeWindows1252AndQuotedPrintable() throws Exception {
		try (ParsedMail mail = MailBuilder.mail()
			.header("Content-Type", "text/plain; charset=windows-1252")
			.header("Content-Transfer-Encoding", "quoted-printable")
			.body("Caf=E9 =80 5 =93quoted=94\r\n")
			.parse()) {
			assertThat(mail.textBody()).contains("Café € 5 “quoted”");
		}
	}

	@Test
	void shouldFallBackOnAnUnknownOrWrongCharset() throws Exception {
		try (ParsedMail mail = MailBuilder.mail()
			.header("Content-Type", "text/plain; charset=x-bogus")
			.body("plain ascii\r\n")
			.parse()) {
			assertThat(mail.textBody()).contains("plain ascii");
		}
		try (ParsedMail mail = MailBuilder.mail()
			.header("Content-Type", "text/plain; charset=utf-8")
			.body("Caf\u00e9\r\n")
			.parse()) {
			assertThat(mail.textBody()).contains("Café");
		}
	}

	@Test
	void shouldDecodeAnRfc2047Utf8FilenameAndKeepTheAttachment() throws Exception {
		String name = "=?UTF-8?B?" + b64("Überweisung März.pdf", StandardCharsets.UTF_8) + "?=";
		try (ParsedMail mail = MailBuilder.mail()
			.header("MIME-Version", "1.0")
			.header("Content-Type", "multipart/mixed; boundary=b1")
			.body("--b1\r\nContent-Type: text/plain\r\n\r\nSee attached\r\n--b1\r\nContent-Type: application/pdf\r\n"
					+ "Content-Disposition: attachment; filename=\"" + name
					+ "\"\r\nContent-Transfer-Encoding: base64\r\n\r\n" + b64("%PDF-1.4", StandardCharsets.US_ASCII)
					+ "\r\n--b1--\r\n")
			.parse()) {
			assertThat(mail.textBody()).contains("See attached");
			assertThat(mail.attachments()).singleElement().satisfies((a) -> {
				assertThat(a.filename()).isEqualTo("Überweisung März.pdf");
				assertThat(a.contentType()).isEqualTo("application/pdf");
				assertThat(a.size()).isEqualTo(8);
				assertThat(new String(a.content().readAllBytes(), StandardCharsets.US_ASCII)).isEqualTo("%PDF-1.4");
			});
		}
	}

	@Test
	void shouldTolerateAMissingBoundaryAndBrokenBase64() throws Exception {
		try (ParsedMail mail = MailBuilder.mail()
			.header("Content-Type", "multipart/mixed")
			.body("just text\r\n")
			.parse()) {
			assertThat(mail.subject()).isEqualTo("Printer broken");
		}
		try (ParsedMail mail = MailBuilder.mail()
			.header("Content-Type", "text/plain; charset=utf-8")
			.header("Content-Transfer-Encoding", "base64")
			.body("SGVsbG8gd29y!!!bGQ=\r\n*** not base64 ***\r\n")
			.parse()) {
			assertThat(mail.textBody()).startsWith("Hello");
		}
	}

	@Test
	void shouldRecordAbsentMessageIdAndEmptyOrInvalidFromAsMissing() throws Exception {
		try (ParsedMail mail = new MailBuilder().header("From", "").header("Subject", "x").parse()) {
			assertThat(mail.messageId()).isEmpty();
			assertThat(mail.from()).isEmpty();
		}
		try (ParsedMail mail = new MailBuilder().header("From", "<<<not an address").parse()) {
			assertThat(mail.from()).isEmpty();
		}
	}

	@Test
	void shouldReadThreadingHeaders() throws Exception {
		try (ParsedMail mail = MailBuilder.mail()
			.header("In-Reply-To", "<a@x>")
			.header("References", "<a@x>\r\n <b@y>")
			.header("Cc", "Bob <bob@example.com>, carol@example.com")
			.parse()) {
			assertThat(mail.messageId()).contains("m1@example.com");
			assertThat(mail.inReplyTo()).contains("a@x");
			assertThat(mail.references()).containsExactly("a@x", "b@y");
			assertThat(mail.cc()).extracting(MailAddress::email)
				.containsExactly("bob@example.com", "carol@example.com");
			assertThat(mail.from()).contains(new MailAddress("alice@example.com", "Alice"));
		}
	}

	@Test
	void shouldRefuseAHundredKilobyteHeaderLine() {
		String huge = "x".repeat(100 * 1024);
		assertThatExceptionOfType(MailParseException.class)
			.isThrownBy(() -> MailBuilder.mail().header("X-Huge", huge).parse())
			.satisfies((ex) -> assertThat(ex.reason()).isEqualTo(MailParseException.Reason.LIMIT_EXCEEDED));
	}

	@Test
	void shouldAcceptALongBodyLine() throws Exception {
		try (ParsedMail mail = MailBuilder.mail()
			.header("Content-Type", "text/html")
			.body("<p>" + "y".repeat(200_000) + "</p>\r\n")
			.parse()) {
			assertThat(mail.textBody()).hasSize(200_000);
		}
	}

	static byte[] nested(int levels) {
		String mail = "From: a@example.com\r\nSubject: level 0\r\n\r\ninnermost\r\n";
		for (int i = 1; i <= levels; i++) {
			mail = "From: a@example.com\r\nSubject: level " + i + "\r\nContent-Type: message/rfc822\r\n\r\n" + mail;
		}
		return mail.getBytes(StandardCharsets.US_ASCII);
	}

	@Test
	void shouldKeepForwardedMessagesAsEmlAndRefuseFiftyLevels() throws Exception {
		try (ParsedMail mail = new MailParser().parse(new ByteArrayInputStream(nested(3)))) {
			assertThat(mail.attachments()).singleElement().satisfies((a) -> {
				assertThat(a.filename()).isEqualTo("level 2.eml");
				assertThat(a.contentType()).isEqualTo("message/rfc822");
				assertThat(new String(a.content().readAllBytes(), StandardCharsets.US_ASCII)).contains("innermost");
			});
		}
		assertThatExceptionOfType(MailParseException.class)
			.isThrownBy(() -> new MailParser().parse(new ByteArrayInputStream(nested(50))))
			.satisfies((ex) -> assertThat(ex.reason()).isEqualTo(MailParseException.Reason.LIMIT_EXCEEDED));
	}

	@Test
	void shouldRefuseTenThousandPartsQuickly() {
		StringBuilder body = new StringBuilder();
		for (int i = 0; i < 10_000; i++) {
			body.append("--b\r\nContent-Type: text/plain\r\n\r\npart ").append(i).append("\r\n");
		}
		body.append("--b--\r\n");
		MailBuilder builder = MailBuilder.mail()
			.header("Content-Type", "multipart/mixed; boundary=b")
			.body(body.toString());
		assertThatExceptionOfType(MailParseException.class).isThrownBy(builder::parse)
			.satisfies((ex) -> assertThat(ex.getMessage()).contains("more than 1000 parts"));
	}

	@Test
	void shouldSpillA25MegabyteAttachmentToATemporaryFile(@TempDir Path temp) throws Exception {
		long size = 25L * 1024 * 1024;
		String head = "From: a@example.com\r\nSubject: big\r\nContent-Type: multipart/mixed; boundary=b\r\n\r\n"
				+ "--b\r\nContent-Type: text/plain\r\n\r\nsee file\r\n--b\r\nContent-Type: application/octet-stream\r\n"
				+ "Content-Disposition: attachment; filename=big.bin\r\n\r\n";
		InputStream zeros = new InputStream() {
			long left = size;

			@Override
			public int read() {
				return (this.left-- > 0) ? 'z' : -1;
			}

			@Override
			public int read(byte[] b, int off, int len) {
				if (this.left <= 0) {
					return -1;
				}
				int n = (int) Math.min(len, this.left);
				java.util.Arrays.fill(b, off, off + n, (byte) 'z');
				this.left -= n;
				return n;
			}
		};
		InputStream raw = new SequenceInputStream(
				Collections.enumeration(List.of(new ByteArrayInputStream(head.getBytes(StandardCharsets.US_ASCII)),
						zeros, new ByteArrayInputStream("\r\n--b--\r\n".getBytes(StandardCharsets.US_ASCII)))));
		try (ParsedMail mail = new MailParser(MailLimits.DEFAULT, temp).parse(raw)) {
			assertThat(mail.attachments()).singleElement().satisfies((a) -> assertThat(a.size()).isEqualTo(size));
			try (var files = Files.list(temp)) {
				assertThat(files.toList()).singleElement().satisfies((f) -> assertThat(Files.size(f)).isEqualTo(size));
			}
		}
		try (var files = Files.list(temp)) {
			assertThat(files.toList()).isEmpty();
		}
	}

	@Test
	void shouldDeriveTextFromHtmlOnlyMail() throws Exception {
		try (ParsedMail mail = MailBuilder.mail()
			.header("Content-Type", "text/html; charset=utf-8")
			.body("<html><body><p>Line one</p><p>Line&nbsp;two<br>three</p><script>x()</script></body></html>")
			.parse()) {
			assertThat(mail.textBody()).isEqualTo("Line one\nLine two\nthree");
			assertThat(mail.htmlBody()).get().asString().contains("<script>");
		}
	}

}
