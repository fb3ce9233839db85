package org.tierdesk.channel.email;

import java.time.Duration;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings of the mail intake ({@code tierdesk.mail.intake.*}): the per-sender limit that
 * stops a runaway sender, the addresses that are the desk's own (mail from them is a
 * loop, and they are never copied on replies) besides the mailboxes' support addresses,
 * and the language assumed when a mail does not say.
 */
@ConfigurationProperties("tierdesk.mail.intake")
public record MailIntakeProperties(Integer rateLimit, Duration rateWindow, List<String> ownAddresses,
		String defaultLanguage) {

	public MailIntakeProperties {
		rateLimit = (rateLimit != null) ? rateLimit : 30;
		rateWindow = (rateWindow != null) ? rateWindow : Duration.ofMinutes(10);
		ownAddresses = (ownAddresses != null) ? List.copyOf(ownAddresses) : List.of();
		defaultLanguage = (defaultLanguage != null) ? defaultLanguage : "en";
	}

}
