package org.tierdesk.channel.email.mailbox.domain;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.tierdesk.channel.email.RawMail;

import static org.assertj.core.api.Assertions.assertThat;

class ConversationKeysTests {

	@Test
	void shouldTieAReplyToTheMailItAnswers() {
		RawMail original = mail(
				"From: Anna <ANNA@Example.com>\r\nMessage-ID: <a1@example.com>\r\nSubject: Printer\r\n");
		RawMail reply = mail(
				"From: bob@example.com\r\nMessage-ID: <b2@example.com>\r\nIn-Reply-To: <A1@example.com>\r\n"
						+ "References: <x0@example.com>\r\n <a1@example.com>\r\nSubject: Re: Printer\r\n");

		assertThat(ConversationKeys.of(original)).containsExactly("from:anna@example.com", "id:a1@example.com");
		assertThat(ConversationKeys.of(reply)).contains("from:bob@example.com", "id:b2@example.com",
				"id:a1@example.com", "id:x0@example.com");
	}

	@Test
	void shouldTieMailsNamingTheSameTicketNumberInTheSubject() {
		RawMail plain = mail("From: c@example.com\r\nSubject: AW: [TD-000042] Printer\r\n");
		RawMail encoded = mail("From: d@example.com\r\nSubject: =?UTF-8?Q?Vs=3A_TD-42_tulostin?=\r\n");

		assertThat(ConversationKeys.of(plain)).contains("number:42");
		assertThat(ConversationKeys.of(encoded)).contains("number:42");
	}

	@Test
	void shouldTakeMailWithoutAnyKeyOneByOne() {
		assertThat(ConversationKeys.of(mail("X-Nothing: here\r\n"))).containsExactly(ConversationKeys.UNREADABLE);
		assertThat(ConversationKeys.of(RawMail.of(new byte[0]))).containsExactly(ConversationKeys.UNREADABLE);
	}

	private static RawMail mail(String head) {
		return RawMail.of((head + "\r\nbody\r\n").getBytes(StandardCharsets.UTF_8));
	}

}
