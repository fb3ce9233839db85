package org.tierdesk.channel.email.mailbox.domain;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

import org.tierdesk.channel.email.mailbox.AfterProcessing;
import org.tierdesk.channel.email.mailbox.MailAuthMethod;
import org.tierdesk.channel.email.mailbox.MailProtocol;
import org.tierdesk.channel.email.mailbox.OAuthRefresh;
import org.tierdesk.channel.email.mailbox.SaveMailboxCommand;
import org.tierdesk.desk.DeskManagement;
import org.tierdesk.platform.InvalidInputException;

/**
 * Mailbox settings checked and normalised: defaults filled in, the support address in
 * lower case, server fields empty for a DIRECT mailbox. The secret is null when the
 * stored one is kept. Field names in errors are those of the API and the form.
 */
record MailboxSettings(String name, MailProtocol protocol, String host, Integer port, String username,
		MailAuthMethod authMethod, String secret, String folder, int pollIntervalSeconds,
		AfterProcessing afterProcessing, Long departmentId, Long tierId, String supportAddress, boolean enabled,
		TokenGrant grant) {

	static final String INBOX = "INBOX";

	static final int DEFAULT_POLL_INTERVAL = 60;

	/**
	 * One second: a mail should be a ticket within about two seconds, which a poll every
	 * 10 s cannot give (docs/performance.md, "Mail ingestion"); polling an empty folder
	 * is one short connection.
	 */
	static final int MIN_POLL_INTERVAL = 1;

	static final int MAX_POLL_INTERVAL = 86_400;

	private static final Pattern ADDRESS = Pattern.compile("[^@\\s<>()\\[\\]\",;:\\\\]+@[^@\\s<>()\\[\\]\",;:\\\\]+");

	private static final Pattern HOST = Pattern.compile("[A-Za-z0-9._:\\[\\]-]+");

	/**
	 * Checks a command. {@code existing} is the mailbox being changed (null for a new
	 * one): its secret is kept when none is given, unless the host, user name or sign-in
	 * method changes.
	 */
	static MailboxSettings of(SaveMailboxCommand command, Mailbox existing, DeskManagement desk) {
		String name = text(command.name(), "name", 100);
		Server server = server(command, existing);
		String supportAddress = address(command.supportAddress());
		int interval = (command.pollIntervalSeconds() != null) ? command.pollIntervalSeconds() : DEFAULT_POLL_INTERVAL;
		if (interval < MIN_POLL_INTERVAL || interval > MAX_POLL_INTERVAL) {
			throw new InvalidInputException("pollIntervalSeconds", "mailbox.pollInterval.range",
					"Between {0} and {1} seconds.", MIN_POLL_INTERVAL, MAX_POLL_INTERVAL);
		}
		Long departmentId = command.departmentId();
		if (departmentId != null && desk.department(departmentId).isEmpty()) {
			throw new InvalidInputException("departmentId", "mailbox.department.unknown", "No such department.");
		}
		Long tierId = command.tierId();
		if (tierId != null && desk.tier(tierId).isEmpty()) {
			throw new InvalidInputException("tierId", "mailbox.tier.unknown", "No such tier.");
		}
		return new MailboxSettings(name, server.protocol(), server.host(), server.port(), server.username(),
				server.authMethod(), server.secret(), server.folder(), interval, server.afterProcessing(), departmentId,
				tierId, supportAddress, command.enabled(), server.grant());
	}

	/** How to reach the mail server, checked: what "Test connection" needs. */
	record Server(MailProtocol protocol, String host, Integer port, String username, MailAuthMethod authMethod,
			String secret, String folder, AfterProcessing afterProcessing, TokenGrant grant) {

		int effectivePort() {
			return (this.port != null) ? this.port : this.protocol.defaultPort();
		}

		@Override
		public String toString() {
			return this.protocol + "://" + this.username + "@" + this.host;
		}

	}

	static Server server(SaveMailboxCommand command, Mailbox existing) {
		MailProtocol protocol = required(command.protocol(), "protocol");
		if (!protocol.polled()) {
			return new Server(protocol, null, null, null, MailAuthMethod.PASSWORD, null, INBOX,
					AfterProcessing.MARK_SEEN, null);
		}
		String host = text(command.host(), "host", 255);
		if (!HOST.matcher(host).matches()) {
			throw new InvalidInputException("host", "mailbox.host.invalid",
					"Enter a host name or IP address without spaces.");
		}
		Integer port = command.port();
		if (port != null && (port < 1 || port > 65_535)) {
			throw new InvalidInputException("port", "mailbox.port.range", "Between 1 and 65535.");
		}
		String username = text(command.username(), "username", 254);
		MailAuthMethod authMethod = (command.authMethod() != null) ? command.authMethod() : MailAuthMethod.PASSWORD;
		String secret = command.hasSecret() ? command.secret() : null;
		if (secret != null && secret.length() > 10_000) {
			throw new InvalidInputException("secret", "validation.tooLong", "At most {0} characters.", 10_000);
		}
		TokenGrant grant = (authMethod == MailAuthMethod.OAUTH2) ? grant(command.oauthRefresh(), existing) : null;
		// with a refresh token the access token can be had from the token endpoint
		if (secret == null && grant == null && !canKeepSecret(existing, host, username, authMethod)) {
			throw new InvalidInputException("secret",
					(existing != null && existing.getSecret() != null) ? "mailbox.secret.again" : "validation.required",
					"Enter the password or access token.");
		}
		String folder = (command.folder() == null || command.folder().isBlank()) ? INBOX
				: text(command.folder(), "folder", 200);
		AfterProcessing after = command.afterProcessing();
		if (protocol.pop3()) {
			if (!folder.equalsIgnoreCase(INBOX)) {
				throw new InvalidInputException("folder", "mailbox.pop3.inboxOnly", "POP3 has only the INBOX.");
			}
			folder = INBOX;
			if (after == AfterProcessing.MARK_SEEN) {
				throw new InvalidInputException("afterProcessing", "mailbox.pop3.deleteOnly",
						"POP3 cannot mark messages as seen; they are deleted after processing.");
			}
			after = AfterProcessing.DELETE;
		}
		else if (after == null) {
			after = AfterProcessing.MARK_SEEN;
		}
		return new Server(protocol, host, port, username, authMethod, secret, folder, after, grant);
	}

	/**
	 * The refresh settings checked, with the stored client secret and refresh token kept
	 * when none are given and endpoint and client stay the same; null without a token
	 * endpoint.
	 */
	private static TokenGrant grant(OAuthRefresh refresh, Mailbox existing) {
		if (refresh == null || refresh.tokenUrl() == null || refresh.tokenUrl().isBlank()) {
			return null;
		}
		String url = text(refresh.tokenUrl(), "oauthTokenUrl", 1000);
		URI uri;
		try {
			uri = new URI(url);
		}
		catch (URISyntaxException ex) {
			uri = null;
		}
		boolean https = uri != null && "https".equalsIgnoreCase(uri.getScheme()) && uri.getHost() != null;
		boolean loopback = uri != null && "http".equalsIgnoreCase(uri.getScheme())
				&& ("127.0.0.1".equals(uri.getHost()) || "localhost".equalsIgnoreCase(uri.getHost()));
		if (!https && !loopback) {
			throw new InvalidInputException("oauthTokenUrl", "mailbox.oauth.tokenUrl.invalid",
					"Enter the token endpoint's https:// address.");
		}
		String clientId = text(refresh.clientId(), "oauthClientId", 500);
		TokenGrant stored = (existing != null) ? existing.tokenGrant() : null;
		boolean keep = stored != null && stored.sameClient(url, clientId);
		String clientSecret = refresh.hasClientSecret() ? limited(refresh.clientSecret(), "oauthClientSecret")
				: (keep ? stored.clientSecret() : null);
		String refreshToken = refresh.hasRefreshToken() ? limited(refresh.refreshToken(), "oauthRefreshToken")
				: (keep ? stored.refreshToken() : null);
		if (refreshToken == null) {
			throw new InvalidInputException("oauthRefreshToken",
					(stored != null) ? "mailbox.oauth.refreshToken.again" : "validation.required",
					"Enter the refresh token.");
		}
		String scope = (refresh.scope() == null || refresh.scope().isBlank()) ? null
				: text(refresh.scope(), "oauthScope", 1000);
		return new TokenGrant(url, clientId, clientSecret, refreshToken, scope);
	}

	private static String limited(String secret, String field) {
		String trimmed = secret.strip();
		if (trimmed.length() > 10_000) {
			throw new InvalidInputException(field, "validation.tooLong", "At most {0} characters.", 10_000);
		}
		return trimmed;
	}

	/**
	 * A stored secret goes only to the server and account it was given for, with the same
	 * sign-in method.
	 */
	static boolean canKeepSecret(Mailbox existing, String host, String username, MailAuthMethod authMethod) {
		if (existing == null || existing.getSecret() == null) {
			return false;
		}
		PollTarget stored = existing.pollTarget();
		return host.equalsIgnoreCase(Objects.requireNonNullElse(stored.host(), ""))
				&& username.equals(stored.username()) && authMethod == stored.authMethod();
	}

	/**
	 * The normalised form of a support address: trimmed, no angle brackets, lower case.
	 */
	static String normalizeAddress(String address) {
		if (address == null) {
			return "";
		}
		String trimmed = address.strip();
		if (trimmed.startsWith("<") && trimmed.endsWith(">")) {
			trimmed = trimmed.substring(1, trimmed.length() - 1).strip();
		}
		return trimmed.toLowerCase(Locale.ROOT);
	}

	private static String address(String value) {
		String address = normalizeAddress(value);
		if (address.isEmpty()) {
			throw new InvalidInputException("supportAddress", "validation.required", "This field is required.");
		}
		if (address.length() > 254 || !ADDRESS.matcher(address).matches()) {
			throw new InvalidInputException("supportAddress", "validation.email", "Enter a valid e-mail address.");
		}
		return address;
	}

	private static String text(String value, String field, int max) {
		String trimmed = (value != null) ? value.strip() : "";
		if (trimmed.isEmpty()) {
			throw new InvalidInputException(field, "validation.required", "This field is required.");
		}
		if (trimmed.length() > max) {
			throw new InvalidInputException(field, "validation.tooLong", "At most {0} characters.", max);
		}
		return trimmed;
	}

	private static <T> T required(T value, String field) {
		if (value == null) {
			throw new InvalidInputException(field, "validation.required", "This field is required.");
		}
		return value;
	}

	@Override
	public String toString() {
		return "MailboxSettings[" + this.name + ", " + this.protocol + "://" + this.username + "@" + this.host + "]";
	}

}
