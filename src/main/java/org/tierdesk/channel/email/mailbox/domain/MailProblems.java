package org.tierdesk.channel.email.mailbox.domain;

import java.io.EOFException;
import java.net.ConnectException;
import java.net.SocketException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;

import javax.net.ssl.SSLException;

import jakarta.mail.AuthenticationFailedException;
import jakarta.mail.FolderClosedException;
import jakarta.mail.FolderNotFoundException;
import jakarta.mail.StoreClosedException;

import org.tierdesk.channel.email.mailbox.MailboxProblem;

/**
 * Tells from an exception what went wrong with a mail server, in terms an admin can act
 * on, with a technical detail that never contains the secret.
 */
final class MailProblems {

	static final int MAX_DETAIL = 1000;

	private MailProblems() {
	}

	/** What went wrong and the detail to show and store. */
	record Diagnosis(MailboxProblem problem, String detail) {
	}

	/**
	 * @param failure what was thrown
	 * @param connected whether the session was established (a broken socket then means
	 * the connection was lost, not refused)
	 * @param secret the secret to keep out of the detail, may be null
	 */
	static Diagnosis diagnose(Throwable failure, boolean connected, String secret) {
		MailboxProblem problem = null;
		Throwable cause = failure;
		for (Throwable t = failure; t != null && problem == null; t = t.getCause()) {
			problem = problemOf(t, connected);
			if (problem != null) {
				cause = t;
			}
			if (t.getCause() == t) {
				break;
			}
		}
		return new Diagnosis((problem != null) ? problem : MailboxProblem.OTHER, detail(failure, cause, secret));
	}

	private static MailboxProblem problemOf(Throwable t, boolean connected) {
		if (t instanceof AuthenticationFailedException) {
			return MailboxProblem.AUTHENTICATION_FAILED;
		}
		if (t instanceof FolderNotFoundException) {
			return MailboxProblem.FOLDER_NOT_FOUND;
		}
		if (t instanceof UnknownHostException) {
			return MailboxProblem.UNKNOWN_HOST;
		}
		if (t instanceof SSLException) {
			return MailboxProblem.TLS_FAILURE;
		}
		if (t instanceof SocketTimeoutException) {
			return MailboxProblem.TIMEOUT;
		}
		if (t instanceof ConnectException) {
			return MailboxProblem.CONNECTION_REFUSED;
		}
		if (connected && (t instanceof FolderClosedException || t instanceof StoreClosedException
				|| t instanceof SocketException || t instanceof EOFException)) {
			return MailboxProblem.CONNECTION_LOST;
		}
		return null;
	}

	static String detail(Throwable failure, Throwable cause, String secret) {
		String message = (cause.getMessage() != null) ? cause.getMessage() : failure.getMessage();
		String detail = cause.getClass().getSimpleName() + ((message != null) ? ": " + message.strip() : "");
		return clean(detail, secret);
	}

	/** Removes the secret from a text and shortens it to what the status column holds. */
	static String clean(String text, String secret) {
		if (text == null) {
			return null;
		}
		String cleaned = text;
		if (secret != null && secret.length() >= 3) {
			cleaned = cleaned.replace(secret, "****");
		}
		return (cleaned.length() > MAX_DETAIL) ? cleaned.substring(0, MAX_DETAIL - 1) + "…" : cleaned;
	}

}
