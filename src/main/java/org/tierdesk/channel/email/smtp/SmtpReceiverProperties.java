package org.tierdesk.channel.email.smtp;

import java.time.Duration;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/**
 * Settings of the built-in SMTP receiver ({@code tierdesk.mail.smtp-receiver.*}). Off by
 * default and bound to the loopback interface: a mail server in front of Tierdesk
 * forwards to it. {@code addresses} are accepted besides the mailboxes' support
 * addresses; port 0 picks a free port. With {@code ssl-bundle} (a Spring Boot SSL bundle)
 * it offers STARTTLS, and with {@code require-tls} it accepts mail only after STARTTLS.
 */
@ConfigurationProperties("tierdesk.mail.smtp-receiver")
record SmtpReceiverProperties(boolean enabled, Integer port, String bindAddress, DataSize maxMessageSize,
		List<String> addresses, String hostname, Integer maxConnections, Integer maxRecipients,
		Duration connectionTimeout, String sslBundle, boolean requireTls) {

	SmtpReceiverProperties {
		port = (port != null) ? port : 2525;
		bindAddress = (bindAddress != null && !bindAddress.isBlank()) ? bindAddress.strip() : "127.0.0.1";
		maxMessageSize = (maxMessageSize != null) ? maxMessageSize : DataSize.ofMegabytes(64);
		addresses = (addresses != null) ? addresses.stream().map(String::strip).filter((a) -> !a.isEmpty()).toList()
				: List.of();
		hostname = (hostname != null && !hostname.isBlank()) ? hostname.strip() : null;
		maxConnections = (maxConnections != null) ? maxConnections : 20;
		maxRecipients = (maxRecipients != null) ? maxRecipients : 100;
		// RFC 5321 4.5.3.2.7: a server waits at least 5 minutes for a command
		connectionTimeout = (connectionTimeout != null) ? connectionTimeout : Duration.ofMinutes(5);
		sslBundle = (sslBundle != null && !sslBundle.isBlank()) ? sslBundle.strip() : null;
		if (port < 0 || port > 65535) {
			throw new IllegalArgumentException("port must be between 0 and 65535: " + port);
		}
		if (maxMessageSize.toBytes() < 1 || maxMessageSize.toBytes() > Integer.MAX_VALUE) {
			throw new IllegalArgumentException("max-message-size must be between 1 byte and 2GB: " + maxMessageSize);
		}
		if (requireTls && sslBundle == null) {
			throw new IllegalArgumentException("require-tls needs an ssl-bundle to offer STARTTLS with");
		}
		if (maxConnections < 1 || maxRecipients < 1) {
			throw new IllegalArgumentException("max-connections and max-recipients must be at least 1");
		}
	}

}
