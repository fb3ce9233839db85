package org.tierdesk.channel.email.mailbox;

import java.time.Instant;

/**
 * A mailbox as screens and the API show it: its settings without the secret (only whether
 * one is stored) and its poll status; {@code oauthRefresh} when Tierdesk renews its
 * OAuth2 access token.
 */
public record MailboxView(long id, String name, MailProtocol protocol, String host, Integer port, String username,
		MailAuthMethod authMethod, boolean secretSet, String folder, int pollIntervalSeconds,
		AfterProcessing afterProcessing, Long departmentId, Long tierId, String supportAddress, boolean enabled,
		MailboxStatus status, Instant createdAt, long version, OAuthRefreshView oauthRefresh) {

	/** The port used: the configured one or the protocol's default. */
	public Integer effectivePort() {
		if (!this.protocol.polled()) {
			return null;
		}
		return (this.port != null) ? this.port : this.protocol.defaultPort();
	}

}
