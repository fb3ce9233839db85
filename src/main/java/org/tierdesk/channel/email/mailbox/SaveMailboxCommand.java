package org.tierdesk.channel.email.mailbox;

/**
 * A mailbox to create or change. Optional values may be null: port (the protocol's
 * default), auth method (password), folder (INBOX), poll interval (60 s), after
 * processing (IMAP: mark seen, POP3: delete), department and tier (the desk's defaults).
 * A null or blank secret keeps the stored one when changing a mailbox, unless the server
 * or the sign-in method changes. A version, when given, must be the current one. For
 * OAuth2, {@code oauthRefresh} lets Tierdesk renew the access token itself (null or
 * without a token endpoint: the access token is used as given until it expires).
 */
public record SaveMailboxCommand(String name, MailProtocol protocol, String host, Integer port, String username,
		MailAuthMethod authMethod, String secret, String folder, Integer pollIntervalSeconds,
		AfterProcessing afterProcessing, Long departmentId, Long tierId, String supportAddress, boolean enabled,
		Long version, OAuthRefresh oauthRefresh) {

	/** A mailbox without OAuth2 token renewal. */
	public SaveMailboxCommand(String name, MailProtocol protocol, String host, Integer port, String username,
			MailAuthMethod authMethod, String secret, String folder, Integer pollIntervalSeconds,
			AfterProcessing afterProcessing, Long departmentId, Long tierId, String supportAddress, boolean enabled,
			Long version) {
		this(name, protocol, host, port, username, authMethod, secret, folder, pollIntervalSeconds, afterProcessing,
				departmentId, tierId, supportAddress, enabled, version, null);
	}

	/** Whether a new secret was given. */
	public boolean hasSecret() {
		return this.secret != null && !this.secret.isBlank();
	}

	@Override
	public String toString() {
		// never the secret
		return "SaveMailboxCommand[name=" + this.name + ", protocol=" + this.protocol + ", host=" + this.host
				+ ", port=" + this.port + ", username=" + this.username + ", authMethod=" + this.authMethod
				+ ", secret=" + (hasSecret() ? "(given)" : "(none)") + ", folder=" + this.folder
				+ ", pollIntervalSeconds=" + this.pollIntervalSeconds + ", afterProcessing=" + this.afterProcessing
				+ ", departmentId=" + this.departmentId + ", tierId=" + this.tierId + ", supportAddress="
				+ this.supportAddress + ", enabled=" + this.enabled + ", version=" + this.version + ", oauthRefresh="
				+ this.oauthRefresh + "]";
	}

}
