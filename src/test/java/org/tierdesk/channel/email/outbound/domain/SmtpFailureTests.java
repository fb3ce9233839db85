package org.tierdesk.channel.email.outbound.domain;

import java.net.ConnectException;
import java.util.Map;

import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.SendFailedException;
import jakarta.mail.internet.InternetAddress;
import org.eclipse.angus.mail.smtp.SMTPAddressFailedException;
import org.eclipse.angus.mail.smtp.SMTPSendFailedException;
import org.junit.jupiter.api.Test;
import org.springframework.mail.MailAuthenticationException;
import org.springframework.mail.MailSendException;
import org.tierdesk.channel.email.outbound.domain.SmtpFailure.Outcome;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The exceptions are built as Angus Mail's SMTP transport throws them.
 */
class SmtpFailureTests {

	@Test
	void shouldFailForGoodWhenEveryRecipientIsRefusedWith5xx() throws Exception {
		InternetAddress kim = new InternetAddress("kim@example.com");
		InternetAddress sam = new InternetAddress("sam@example.com");
		SMTPAddressFailedException first = new SMTPAddressFailedException(kim, "RCPT TO:<kim@example.com>", 550,
				"550 5.1.1 <kim@example.com>: Recipient address rejected: User unknown");
		first.setNextException(new SMTPAddressFailedException(sam, "RCPT TO:<sam@example.com>", 553,
				"553 5.7.1 <sam@example.com>: Relay access denied"));
		SmtpFailure failure = SmtpFailure.of(send(new SendFailedException("Invalid Addresses", first, new Address[0],
				new Address[0], new Address[] { kim, sam })));
		assertThat(failure.outcome()).isEqualTo(Outcome.PERMANENT);
		assertThat(failure.description()).contains("550 5.1.1", "User unknown", "553 5.7.1");
	}

	@Test
	void shouldTryAgainWhenARecipientIsRefusedOnlyForNow() throws Exception {
		InternetAddress kim = new InternetAddress("kim@example.com");
		SMTPAddressFailedException greylisted = new SMTPAddressFailedException(kim, "RCPT TO:<kim@example.com>", 450,
				"450 4.2.0 <kim@example.com>: Recipient address rejected: Greylisted");
		SmtpFailure failure = SmtpFailure.of(send(new SendFailedException("Invalid Addresses", greylisted,
				new Address[0], new Address[0], new Address[] { kim })));
		assertThat(failure.outcome()).isEqualTo(Outcome.TEMPORARY);
	}

	@Test
	void shouldCountAMailTakenForSomeRecipientsAsSent() throws Exception {
		InternetAddress kim = new InternetAddress("kim@example.com");
		InternetAddress gone = new InternetAddress("gone@example.com");
		SMTPAddressFailedException refused = new SMTPAddressFailedException(gone, "RCPT TO:<gone@example.com>", 550,
				"550 5.1.1 User unknown");
		SmtpFailure failure = SmtpFailure.of(send(new SMTPSendFailedException(".", 250, "250 2.0.0 Ok: queued", refused,
				new Address[] { kim }, new Address[0], new Address[] { gone })));
		assertThat(failure.outcome()).isEqualTo(Outcome.PARTLY_SENT);
		assertThat(failure.rejectedRecipients()).contains("gone@example.com", "550 5.1.1 User unknown");
	}

	@Test
	void shouldFailForGoodWhenTheMessageItselfIsRefused() throws Exception {
		InternetAddress kim = new InternetAddress("kim@example.com");
		SmtpFailure failure = SmtpFailure.of(send(new SMTPSendFailedException("DATA", 554,
				"554 5.7.1 Message rejected as spam", null, new Address[0], new Address[] { kim }, new Address[0])));
		assertThat(failure.outcome()).isEqualTo(Outcome.PERMANENT);
		assertThat(failure.description()).isEqualTo("554 5.7.1 Message rejected as spam");
	}

	@Test
	void shouldTryAgainWhenTheServerWantsAuthenticationOrCannotBeReached() {
		assertThat(SmtpFailure.of(send(new MessagingException("530 5.7.0 Authentication required"))).outcome())
			.isEqualTo(Outcome.TEMPORARY);
		assertThat(SmtpFailure.of(new MailAuthenticationException("535 5.7.8 Authentication credentials invalid"))
			.outcome()).isEqualTo(Outcome.TEMPORARY);
		SmtpFailure down = SmtpFailure.of(send(new MessagingException("Couldn't connect to host, port: localhost, 2525",
				new ConnectException("Connection refused"))));
		assertThat(down.outcome()).isEqualTo(Outcome.TEMPORARY);
		assertThat(down.description()).isEqualTo("Couldn't connect to host, port: localhost, 2525: Connection refused");
	}

	@Test
	void shouldReadTheReplyCode() {
		assertThat(SmtpFailure.replyCode("550 5.1.1 User unknown")).isEqualTo(550);
		assertThat(SmtpFailure.replyCode("421-mx.example.com busy")).isEqualTo(421);
		assertThat(SmtpFailure.replyCode("Invalid Addresses")).isZero();
		assertThat(SmtpFailure.replyCode(null)).isZero();
	}

	private static MailSendException send(Exception ex) {
		return new MailSendException(Map.of(new Object(), ex));
	}

}
