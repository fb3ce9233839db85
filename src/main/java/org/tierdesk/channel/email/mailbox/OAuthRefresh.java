package org.tierdesk.channel.email.mailbox;

/**
 * How Tierdesk renews an OAuth2 mailbox's access token (RFC 6749 section 6): the
 * provider's token endpoint, the application's client id and secret, the refresh token
 * the admin obtained when consenting, and optionally the scope to ask for (Microsoft 365:
 * {@code https://outlook.office365.com/IMAP.AccessAsUser.All offline_access}; Google:
 * none). Client secret and refresh token are write-only: null or blank keeps the stored
 * ones, as long as token endpoint and client stay the same.
 */
public record OAuthRefresh(String tokenUrl, String clientId, String clientSecret, String refreshToken, String scope) {

	/** Whether a new client secret was given. */
	public boolean hasClientSecret() {
		return this.clientSecret != null && !this.clientSecret.isBlank();
	}

	/** Whether a new refresh token was given. */
	public boolean hasRefreshToken() {
		return this.refreshToken != null && !this.refreshToken.isBlank();
	}

	@Override
	public String toString() {
		// never the secrets
		return "OAuthRefresh[tokenUrl=" + this.tokenUrl + ", clientId=" + this.clientId + ", clientSecret="
				+ (hasClientSecret() ? "(given)" : "(none)") + ", refreshToken="
				+ (hasRefreshToken() ? "(given)" : "(none)") + ", scope=" + this.scope + "]";
	}

}
