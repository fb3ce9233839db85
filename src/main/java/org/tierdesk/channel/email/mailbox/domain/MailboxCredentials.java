package org.tierdesk.channel.email.mailbox.domain;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * What a connection to a mailbox signs in with. For an OAuth2 mailbox with refresh
 * settings the access token is renewed first when it has run out, ends within two minutes
 * or its end is unknown; the new token (and a rotated refresh token) is stored for the
 * next poll and for other nodes.
 */
@Component
class MailboxCredentials {

	private static final Logger log = LoggerFactory.getLogger(MailboxCredentials.class);

	/** A token that ends within this margin is renewed before use. */
	static final Duration MARGIN = Duration.ofMinutes(2);

	private final OAuthTokenClient tokens;

	private final MailboxRepository mailboxes;

	private final Clock clock;

	MailboxCredentials(OAuthTokenClient tokens, MailboxRepository mailboxes, Clock clock) {
		this.tokens = tokens;
		this.mailboxes = mailboxes;
		this.clock = clock;
	}

	/** The mailbox's poll target, with a renewed access token if it needed one. */
	PollTarget target(Mailbox mailbox) throws OAuthTokenClient.RefreshFailed {
		PollTarget target = mailbox.pollTarget();
		Instant now = this.clock.instant();
		if (!mailbox.accessTokenDue(now, MARGIN)) {
			return target;
		}
		TokenGrant grant = mailbox.tokenGrant();
		OAuthTokenClient.Token token = this.tokens.refresh(grant, now);
		if (this.mailboxes.storeRenewedToken(mailbox.getId(), grant.tokenUrl(), grant.clientId(), token.accessToken(),
				token.expiresAt(), token.refreshToken()) == 0) {
			// an admin changed the settings meanwhile: this token is used once, the next
			// poll reads the new settings
			log.info("Mailbox {}: settings changed while its access token was renewed", mailbox.getId());
		}
		log.debug("Mailbox {}: access token renewed, good until {}", mailbox.getId(), token.expiresAt());
		return withSecret(target, token.accessToken());
	}

	/** For a connection test of unsaved settings: a token from the grant, not stored. */
	String accessToken(TokenGrant grant) throws OAuthTokenClient.RefreshFailed {
		return this.tokens.refresh(grant, this.clock.instant()).accessToken();
	}

	static PollTarget withSecret(PollTarget target, String secret) {
		return new PollTarget(target.mailboxId(), target.protocol(), target.host(), target.port(), target.username(),
				target.authMethod(), secret, target.folder(), target.afterProcessing(), target.pollIntervalSeconds(),
				target.source());
	}

}
