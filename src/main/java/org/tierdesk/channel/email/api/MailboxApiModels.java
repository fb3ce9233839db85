package org.tierdesk.channel.email.api;

import java.time.Instant;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.tierdesk.channel.email.mailbox.AfterProcessing;
import org.tierdesk.channel.email.mailbox.MailAuthMethod;
import org.tierdesk.channel.email.mailbox.MailProtocol;
import org.tierdesk.channel.email.mailbox.OAuthRefresh;
import org.tierdesk.channel.email.mailbox.OAuthRefreshView;
import org.tierdesk.channel.email.mailbox.SaveMailboxCommand;
import org.tierdesk.platform.InvalidInputException;

/**
 * What the mailbox API reads and writes. Enum values are lower case with dashes
 * ({@code imaps}, {@code oauth2}, {@code mark-seen}); the secret is written, never read.
 */
final class MailboxApiModels {

	private MailboxApiModels() {
	}

	/** A mailbox to create or change; a missing or blank secret keeps the stored one. */
	record MailboxRequest(
			@NotBlank(message = "{validation.required}") @Size(max = 100, message = "{validation.tooLong}") String name,
			@Schema(allowableValues = {
					"imap", "imaps", "pop3", "pop3s", "direct" }) @NotBlank(
							message = "{validation.required}") String protocol,
			String host, Integer port, String username,
			@Schema(allowableValues = { "password", "oauth2" }) String authMethod,
			@Schema(description = "Password or OAuth2 access token; write-only") String secret, String folder,
			Integer pollIntervalSeconds, @Schema(allowableValues = { "mark-seen", "delete" }) String afterProcessing,
			Long departmentId, Long tierId, @NotBlank(message = "{validation.required}") String supportAddress,
			Boolean enabled, Long version,
			@Schema(description = "OAuth2: the provider's token endpoint; with it Tierdesk renews the access token itself") String oauthTokenUrl,
			String oauthClientId, @Schema(description = "write-only") String oauthClientSecret,
			@Schema(description = "write-only; missing keeps the stored one for the same endpoint and client") String oauthRefreshToken,
			String oauthScope){

		SaveMailboxCommand toCommand() {
			return new SaveMailboxCommand(this.name, parse(MailProtocol.class, this.protocol, "protocol"), this.host,
					this.port, this.username, parse(MailAuthMethod.class, this.authMethod, "authMethod"), this.secret,
					this.folder, this.pollIntervalSeconds,
					parse(AfterProcessing.class, this.afterProcessing, "afterProcessing"), this.departmentId,
					this.tierId, this.supportAddress, this.enabled == null || this.enabled, this.version,
					new OAuthRefresh(this.oauthTokenUrl, this.oauthClientId, this.oauthClientSecret,
							this.oauthRefreshToken, this.oauthScope));
		}

		@Override
		public String toString() {
			return "MailboxRequest[" + this.name + "]";
		}

	}

	static String apiName(Enum<?> value) {
		return (value != null) ? value.name().toLowerCase(Locale.ROOT).replace('_', '-') : null;
	}

	static <E extends Enum<E>> E parse(Class<E> type, String value, String field) {
		if (value == null || value.isBlank()) {
			return null;
		}
		String wanted = value.strip().toUpperCase(Locale.ROOT).replace('-', '_');
		for (E constant : type.getEnumConstants()) {
			if (constant.name().equals(wanted)) {
				return constant;
			}
		}
		throw new InvalidInputException(field, "validation.oneOf", "Must be one of: {0}.",
				Arrays.stream(type.getEnumConstants())
					.map(MailboxApiModels::apiName)
					.collect(Collectors.joining(", ")));
	}

	/**
	 * A mailbox as the API shows it: never the secret, only whether one is stored;
	 * {@code oauthRefresh} (without client secret and refresh token) when Tierdesk renews
	 * the access token.
	 */
	record MailboxJson(long id, String name, String protocol, String host, Integer port, String username,
			String authMethod, boolean secretSet, String folder, int pollIntervalSeconds, String afterProcessing,
			Long departmentId, Long tierId, String supportAddress, boolean enabled, StatusJson status,
			Instant createdAt, long version, OAuthRefreshView oauthRefresh) {
	}

	/** How polling went; {@code polling} is true while a node holds the lease. */
	record StatusJson(Instant lastPollAt, Instant lastSuccessAt, Instant nextPollAt, Integer lastPollCount,
			long receivedCount, boolean failing, ProblemJson lastError, boolean polling, String leaseOwner) {
	}

	/**
	 * A problem: a stable code, an explanation in the request's language, the technical
	 * detail.
	 */
	record ProblemJson(String code, String message, String detail, Instant at) {
	}

	/** The answer of a connection test. */
	record ConnectionTestJson(boolean ok, Integer waiting, String code, String message, String detail) {
	}

}
