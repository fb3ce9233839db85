package org.tierdesk.channel.email.outbound;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.StringUtils;

/**
 * Settings of outgoing mail, bound to {@code tierdesk.mail.*}. The SMTP server itself is
 * Spring Boot's {@code spring.mail.*} (see {@link SmtpEnvironment}).
 *
 * @param from the sender of mail for tickets that did not come to a mailbox with its own
 * address, e.g. {@code Help Desk <support@example.com>}; no mail is sent without it
 * @param messageIdDomain the right-hand side of the Message-IDs the desk creates; by
 * default the domain of the sender address
 * @param defaultLanguage the language of mail when the conversation has none
 * @param acknowledge whether a new ticket gets an acknowledgement
 * @param baseUrl the address of Tierdesk as customers reach it, for the private link
 * @param smtpSecurity plain, STARTTLS or SSL to the SMTP server
 * @param outbound how the sending job works
 */
@ConfigurationProperties("tierdesk.mail")
public record OutboundMailProperties(String from, String messageIdDomain, String defaultLanguage, Boolean acknowledge,
		String baseUrl, SmtpSecurity smtpSecurity, Outbound outbound) {

	/**
	 * The languages of the mail templates (those of the screens); the first, English, is
	 * the fallback.
	 */
	public static final List<String> LANGUAGES = org.tierdesk.platform.Languages.CODES;

	public OutboundMailProperties {
		from = StringUtils.hasText(from) ? from.strip() : null;
		messageIdDomain = StringUtils.hasText(messageIdDomain) ? messageIdDomain.strip() : null;
		defaultLanguage = supportedLanguage(defaultLanguage).orElse(LANGUAGES.get(0));
		acknowledge = (acknowledge != null) ? acknowledge : Boolean.TRUE;
		baseUrl = StringUtils.hasText(baseUrl) ? baseUrl.strip().replaceAll("/+$", "") : "http://localhost:8080";
		smtpSecurity = (smtpSecurity != null) ? smtpSecurity : SmtpSecurity.NONE;
		outbound = (outbound != null) ? outbound : new Outbound(null, null, null, null, null, null);
	}

	/**
	 * The supported template language for a language tag such as {@code nl-BE} or
	 * {@code FI}, if there is one.
	 */
	public static Optional<String> supportedLanguage(String tag) {
		if (!StringUtils.hasText(tag)) {
			return Optional.empty();
		}
		String language = Locale.forLanguageTag(tag.strip().replace('_', '-')).getLanguage();
		// Java still knows Indonesian by its old code
		language = "in".equals(language) ? "id" : language;
		return LANGUAGES.contains(language) ? Optional.of(language) : Optional.empty();
	}

	/**
	 * The sending job.
	 *
	 * @param interval how often it looks for due mail
	 * @param batchSize the most mails one run claims
	 * @param maxAttempts after this many failed attempts a mail is failed
	 * @param backoff the waits after the first, second, ... failed attempt; the last one
	 * repeats
	 * @param claimTimeout how long a node may take to send a claimed mail before another
	 * node may take it over (after a crash)
	 * @param maxReferences the most Message-IDs in a References header (the first and the
	 * latest are kept)
	 */
	public record Outbound(Duration interval, Integer batchSize, Integer maxAttempts, List<Duration> backoff,
			Duration claimTimeout, Integer maxReferences) {

		public Outbound {
			interval = (interval != null) ? interval : Duration.ofSeconds(10);
			batchSize = (batchSize != null && batchSize > 0) ? batchSize : 20;
			maxAttempts = (maxAttempts != null && maxAttempts > 0) ? maxAttempts : 10;
			backoff = (backoff != null && !backoff.isEmpty()) ? List.copyOf(backoff) : List.of(Duration.ofMinutes(1),
					Duration.ofMinutes(5), Duration.ofMinutes(15), Duration.ofMinutes(60), Duration.ofMinutes(240));
			claimTimeout = (claimTimeout != null) ? claimTimeout : Duration.ofMinutes(5);
			maxReferences = (maxReferences != null && maxReferences >= 2) ? maxReferences : 20;
		}

		/** The wait after this many failed attempts (1 = after the first). */
		public Duration delayAfter(int failedAttempts) {
			return this.backoff.get(Math.min(Math.max(failedAttempts, 1), this.backoff.size()) - 1);
		}

	}

}
