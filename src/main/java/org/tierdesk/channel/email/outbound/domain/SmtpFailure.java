package org.tierdesk.channel.email.outbound.domain;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.SendFailedException;

import org.springframework.mail.MailAuthenticationException;
import org.springframework.mail.MailSendException;

/**
 * What a failed send means for the mail: sent to some recipients after all, refused for
 * good, or worth another try. Permanent is a 5xx reply that ends the transaction for
 * every recipient (all recipients refused, or the message refused after DATA), except the
 * authentication replies 530, 534, 535 and 538, which are a matter of configuration and
 * are retried. Everything else (4xx, no connection, timeouts, authentication) is
 * temporary.
 *
 * @param outcome what to do with the mail
 * @param description for admins: the server's reply or the cause; never a password
 * @param rejectedRecipients when partly sent, who did not get it
 */
record SmtpFailure(Outcome outcome, String description, String rejectedRecipients) {

	private static final Pattern REPLY_CODE = Pattern.compile("^\\s*([245])(\\d\\d)[\\s-]");

	private static final Set<Integer> AUTH_CODES = Set.of(530, 534, 535, 538);

	enum Outcome {

		/** Delivered to some recipients; the others refused it. */
		PARTLY_SENT,
		/** Refused for good: do not try again. */
		PERMANENT,
		/** Try again later. */
		TEMPORARY

	}

	static SmtpFailure of(Exception ex) {
		if (ex instanceof MailAuthenticationException) {
			return new SmtpFailure(Outcome.TEMPORARY,
					"SMTP authentication failed; check the SMTP user and password: " + describe(ex), null);
		}
		if (ex instanceof MailSendException send && !send.getFailedMessages().isEmpty()) {
			return of(send.getFailedMessages().values().iterator().next());
		}
		if (ex instanceof SendFailedException failed) {
			return ofSendFailed(failed);
		}
		if (ex instanceof MessagingException messaging) {
			int code = replyCode(messaging.getMessage());
			if (code >= 500 && !AUTH_CODES.contains(code)) {
				return new SmtpFailure(Outcome.PERMANENT, describe(ex), null);
			}
		}
		return new SmtpFailure(Outcome.TEMPORARY, describe(ex), null);
	}

	private static SmtpFailure ofSendFailed(SendFailedException failed) {
		List<String> replies = new ArrayList<>();
		boolean allPermanent = true;
		int ownCode = replyCode(failed.getMessage());
		if (ownCode > 0) {
			replies.add(oneLine(failed.getMessage()));
		}
		for (Exception next = failed.getNextException(); next != null; next = (next instanceof MessagingException m)
				? m.getNextException() : null) {
			int code = replyCode(next.getMessage());
			replies.add(oneLine(next.getMessage()));
			allPermanent &= code >= 500 && !AUTH_CODES.contains(code);
		}
		String description = replies.isEmpty() ? describe(failed) : String.join("; ", replies);
		if (length(failed.getValidSentAddresses()) > 0) {
			return new SmtpFailure(Outcome.PARTLY_SENT, description,
					addresses(failed.getInvalidAddresses(), failed.getValidUnsentAddresses()) + " (" + description
							+ ")");
		}
		if (ownCode >= 500 && !AUTH_CODES.contains(ownCode)) {
			// the server refused the message itself (after DATA), for everyone
			return new SmtpFailure(Outcome.PERMANENT, description, null);
		}
		boolean everyRecipientRefused = length(failed.getValidUnsentAddresses()) == 0
				&& length(failed.getInvalidAddresses()) > 0;
		if (everyRecipientRefused && allPermanent && failed.getNextException() != null) {
			return new SmtpFailure(Outcome.PERMANENT, description, null);
		}
		return new SmtpFailure(Outcome.TEMPORARY, description, null);
	}

	/** The SMTP reply code at the start of a server reply, or 0. */
	static int replyCode(String reply) {
		if (reply == null) {
			return 0;
		}
		Matcher m = REPLY_CODE.matcher(reply);
		return m.find() ? Integer.parseInt(m.group(1) + m.group(2)) : 0;
	}

	/** The exception and its causes as one line, e.g. "Connection refused". */
	static String describe(Throwable ex) {
		Set<String> parts = new LinkedHashSet<>();
		for (Throwable t = ex; t != null && parts.size() < 4; t = t.getCause()) {
			String text = (t.getMessage() != null) ? oneLine(t.getMessage()) : t.getClass().getSimpleName();
			if (!text.isBlank()) {
				parts.add(text);
			}
		}
		return String.join(": ", parts);
	}

	private static String addresses(Address[]... lists) {
		return Arrays.stream(lists)
			.filter((list) -> list != null)
			.flatMap(Arrays::stream)
			.map(Address::toString)
			.collect(Collectors.joining(", "));
	}

	private static int length(Address[] addresses) {
		return (addresses != null) ? addresses.length : 0;
	}

	private static String oneLine(String text) {
		return (text != null) ? text.replaceAll("\\s+", " ").strip() : "";
	}

}
