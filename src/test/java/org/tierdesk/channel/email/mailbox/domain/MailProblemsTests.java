package org.tierdesk.channel.email.mailbox.domain;

import java.io.EOFException;
import java.net.ConnectException;
import java.net.SocketException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;

import javax.net.ssl.SSLHandshakeException;

import jakarta.mail.AuthenticationFailedException;
import jakarta.mail.MessagingException;
import org.junit.jupiter.api.Test;
import org.tierdesk.channel.email.mailbox.MailboxProblem;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What an admin is told about a failure, from the exceptions Jakarta Mail throws.
 */
class MailProblemsTests {

	static MailboxProblem problem(Throwable failure, boolean connected) {
		return MailProblems.diagnose(failure, connected, null).problem();
	}

	static MessagingException wrapped(Exception cause) {
		return new MessagingException("Couldn't connect to host, port: imap.example.com, 993; timeout -1", cause);
	}

	@Test
	void shouldTellTheCauseFromWhatJakartaMailWraps() {
		assertThat(problem(new AuthenticationFailedException("[AUTHENTICATIONFAILED] Invalid credentials"), false))
			.isEqualTo(MailboxProblem.AUTHENTICATION_FAILED);
		assertThat(problem(wrapped(new UnknownHostException("imap.example.invalid")), false))
			.isEqualTo(MailboxProblem.UNKNOWN_HOST);
		assertThat(problem(wrapped(new ConnectException("Connection refused")), false))
			.isEqualTo(MailboxProblem.CONNECTION_REFUSED);
		assertThat(problem(wrapped(new SocketTimeoutException("Read timed out")), false))
			.isEqualTo(MailboxProblem.TIMEOUT);
		assertThat(problem(wrapped(new SSLHandshakeException("PKIX path building failed")), false))
			.isEqualTo(MailboxProblem.TLS_FAILURE);
		assertThat(problem(new MessagingException("A3 NO [UNAVAILABLE] Server busy"), false))
			.isEqualTo(MailboxProblem.OTHER);
	}

	@Test
	void shouldCallABrokenSocketALostConnectionOnlyOnceConnected() {
		assertThat(problem(wrapped(new SocketException("Connection reset")), true))
			.isEqualTo(MailboxProblem.CONNECTION_LOST);
		assertThat(problem(wrapped(new EOFException()), true)).isEqualTo(MailboxProblem.CONNECTION_LOST);
		assertThat(problem(wrapped(new SocketException("Connection reset")), false)).isEqualTo(MailboxProblem.OTHER);
		assertThat(problem(wrapped(new SocketTimeoutException("Read timed out")), true))
			.isEqualTo(MailboxProblem.TIMEOUT);
	}

	@Test
	void shouldNeverRepeatTheSecret() {
		String secret = "hunter2-token";
		MailProblems.Diagnosis diagnosis = MailProblems.diagnose(
				new AuthenticationFailedException("AUTHENTICATE failed for user=support auth=Bearer hunter2-token"),
				true, secret);
		assertThat(diagnosis.detail()).doesNotContain(secret).contains("****");
	}

	@Test
	void shouldKeepTheDetailShort() {
		String detail = MailProblems.diagnose(new MessagingException("x".repeat(5000)), false, null).detail();
		assertThat(detail).hasSizeLessThanOrEqualTo(MailProblems.MAX_DETAIL);
	}

}
