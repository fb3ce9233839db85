package org.tierdesk.identity.domain;

import java.time.Duration;
import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.tierdesk.identity.ApiTokenView;

/**
 * A personal API token. Only a SHA-256 digest of the secret is stored: the secret is long
 * and random, so a fast digest is safe and keeps each request cheap (no password hash per
 * request).
 */
@Entity
@Table(name = "api_token")
class ApiToken {

	private static final Duration LAST_USED_RESOLUTION = Duration.ofMinutes(5);

	@Id
	@GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "api_token_seq")
	@SequenceGenerator(name = "api_token_seq", sequenceName = "api_token_seq", allocationSize = 50)
	private Long id;

	@Column(name = "user_id")
	private long userId;

	private String name;

	@Column(name = "token_hash")
	private String tokenHash;

	@Column(name = "token_hint")
	private String tokenHint;

	@Column(name = "created_at")
	private Instant createdAt;

	@Column(name = "last_used_at")
	private Instant lastUsedAt;

	@Version
	private long version;

	protected ApiToken() {
	}

	ApiToken(long userId, String name, String tokenHash, String tokenHint, Instant createdAt) {
		this.userId = userId;
		this.name = name;
		this.tokenHash = tokenHash;
		this.tokenHint = tokenHint;
		this.createdAt = createdAt;
	}

	long getUserId() {
		return this.userId;
	}

	Long getId() {
		return this.id;
	}

	boolean needsUsageUpdate(Instant now) {
		return this.lastUsedAt == null || this.lastUsedAt.isBefore(now.minus(LAST_USED_RESOLUTION));
	}

	ApiTokenView toView() {
		return new ApiTokenView(this.id, this.name, this.tokenHint, this.createdAt, this.lastUsedAt);
	}

}
