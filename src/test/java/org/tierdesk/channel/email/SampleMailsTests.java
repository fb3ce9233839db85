package org.tierdesk.channel.email;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The GitLab samples (MIT, copied) and the GPL samples of RT and Discourse, which stay in
 * {@code ../shared/mail-samples} and are skipped when that folder is absent.
 */
class SampleMailsTests {

	static final Path GITLAB = Path.of("src/test/resources/mail-samples/gitlab");

	static final Path SHARED = Path.of("../shared/mail-samples");

	final MailParser parser = new MailParser();

	final AutomatedMailClassifier classifier = new AutomatedMailClassifier();

	ParsedMail parse(Path file) throws Exception {
		try (InputStream in = Files.newInputStream(file)) {
			return this.parser.parse(in);
		}
	}

	static Path shared(String name) {
		Path path = SHARED.resolve(name);
		assumeTrue(Files.exists(path), "skipped: GPL sample " + path + " is not beside the checkout");
		return path;
	}

	@Test
	void shouldDecodeTheIso88592ServiceDeskMail() throws Exception {
		try (ParsedMail mail = parse(GITLAB.resolve("service_desk_encoding.eml"))) {
			assertThat(mail.subject()).isEqualTo("Testing encoding iso-8859-2 ťžščľžťťč");
			assertThat(mail.textBody()).contains("Body of encoding iso-8859-2 test: ťžščľžťťč");
			assertThat(this.classifier.classify(mail).kind()).isEqualTo(MailKind.ORDINARY);
		}
	}

	@Test
	void shouldRecogniseTheGitlabAutoReplyAndKeepTheForwardedServiceDeskMail() throws Exception {
		try (ParsedMail mail = parse(GITLAB.resolve("auto_reply.eml"))) {
			assertThat(this.classifier.classify(mail).kind()).isEqualTo(MailKind.AUTO_REPLY);
		}
		try (ParsedMail mail = parse(GITLAB.resolve("service_desk_forwarded.eml"))) {
			assertThat(mail.from()).get().extracting(MailAddress::email).isEqualTo("jake@adventuretime.ooo");
			assertThat(mail.textBody()).contains("Service desk stuff!");
			assertThat(this.classifier.classify(mail).kind()).isEqualTo(MailKind.ORDINARY);
		}
	}

	@Test
	void shouldDecodeRfc2231FilenameContinuations() throws Exception {
		try (ParsedMail mail = parse(shared("rt/rfc2231-attachment-filename-continuations"))) {
			assertThat(mail.attachments()).extracting(MailAttachment::filename).contains("新しいテキスト ドキュメント.txt");
		}
	}

	@Test
	void shouldKeepTheOutlookForwardAsEml() throws Exception {
		try (ParsedMail mail = parse(shared("rt/outlook-rfc822"))) {
			assertThat(mail.textBody()).contains("Could this look more spammy?").contains("😊");
			assertThat(mail.attachments()).anySatisfy((a) -> {
				assertThat(a.contentType()).isEqualTo("message/rfc822");
				assertThat(a.filename()).endsWith(".eml");
			});
		}
	}

	@Test
	void shouldDeriveTextFromOutlookHtmlOnlyMail() throws Exception {
		try (ParsedMail mail = parse(shared("rt/ms-outlook/input-msg-1"))) {
			assertThat(mail.htmlBody()).isPresent();
			assertThat(mail.textBody()).isNotBlank();
		}
	}

	@Test
	void shouldRecogniseDiscourseAutoRepliesAndBounce() throws Exception {
		for (String name : new String[] { "discourse/auto_reply.eml", "discourse/auto_generated_header.eml" }) {
			try (ParsedMail mail = parse(shared(name))) {
				assertThat(this.classifier.classify(mail).kind()).as(name).isEqualTo(MailKind.AUTO_REPLY);
			}
		}
		try (ParsedMail mail = parse(shared("discourse/bounced_email.eml"))) {
			MailClassification result = this.classifier.classify(mail);
			assertThat(result.kind()).isEqualTo(MailKind.BOUNCE);
			assertThat(result.bounce()).get().satisfies((b) -> {
				assertThat(b.hard()).isTrue();
				assertThat(b.recipients()).extracting(FailedRecipient::email).contains("linux-admin@b-s-c.co.jp");
				assertThat(b.recipients().get(0).status()).contains("5.1.1");
			});
		}
	}

	@Test
	void shouldResolveTheInlineImageAndKeepTheForwardedText() throws Exception {
		try (ParsedMail mail = parse(shared("discourse/inline_image.eml"))) {
			assertThat(mail.htmlBody()).get().asString().contains("cid:ii_1525434659ddb4cb");
			assertThat(mail.inlinePart("ii_1525434659ddb4cb")).get()
				.satisfies((p) -> assertThat(p.contentType()).isEqualTo("image/png"));
		}
		try (ParsedMail mail = parse(shared("discourse/forwarded_email_1.eml"))) {
			assertThat(this.classifier.classify(mail).kind()).isEqualTo(MailKind.ORDINARY);
		}
	}

}
