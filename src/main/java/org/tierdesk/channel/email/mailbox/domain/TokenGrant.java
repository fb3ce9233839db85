package org.tierdesk.channel.email.mailbox.domain;

/**
 * A mailbox's OAuth2 refresh settings with the stored secrets filled in: what a token
 * request needs. {@link #toString()} leaves the secrets out.
 */
record TokenGrant(String tokenUrl, String clientId, String clientSecret, String refreshToken, String scope) {

	/**
	 * Whether the stored secrets may go with these settings: same endpoint, same client.
	 */
	boolean sameClient(String otherUrl, String otherClientId) {
		return this.tokenUrl.equals(otherUrl) && this.clientId.equals(otherClientId);
	}

	@Override
	public String toString() {
		return "TokenGrant[" + this.tokenUrl + ", client " + this.clientId + "]";
	}

}
