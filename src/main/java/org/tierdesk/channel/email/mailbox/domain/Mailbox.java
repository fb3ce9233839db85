package org.tierdesk.channel.email.mailbox.domain;

import java.time.Instant;
import java.util.Objects;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.hibernate.annotations.DynamicUpdate;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.tierdesk.channel.email.MailSource;
import org.tierdesk.channel.email.mailbox.AfterProcessing;
import org.tierdesk.channel.email.mailbox.MailAuthMethod;
import org.tierdesk.channel.email.mailbox.MailProtocol;
import org.tierdesk.channel.email.mailbox.MailboxProblem;
import org.tierdesk.channel.email.mailbox.MailboxStatus;
import org.tierdesk.channel.email.mailbox.MailboxView;
import org.tierdesk.channel.email.mailbox.OAuthRefreshView;

/**
 * A mailbox: settings an admin edits (versioned) and a poll status the pollers write with
 * bulk updates that leave the version alone. Only changed columns are written
 * ({@code @DynamicUpdate}), so an admin's edit never overwrites the poll status.
 */
@Entity
@Table(name = "mailbox")
@DynamicUpdate
class Mailbox {

	@Id
	@GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "mailbox_seq")
	@SequenceGenerator(name = "mailbox_seq", sequenceName = "mailbox_seq", allocationSize = 50)
	private Long id;

	private String name;

	@Enumerated(EnumType.STRING)
	private MailProtocol protocol;

	private String host;

	private Integer port;

	private String username;

	@Enumerated(EnumType.STRING)
	@Column(name = "auth_method")
	private MailAuthMethod authMethod;

	@JdbcTypeCode(SqlTypes.LONG32VARCHAR)
	private String secret;

	/**
	 * Until when the secret, an OAuth2 access token Tierdesk renewed, is good; null:
	 * unknown.
	 */
	@Column(name = "secret_expires_at")
	private Instant secretExpiresAt;

	@Column(name = "oauth_token_url")
	private String oauthTokenUrl;

	@Column(name = "oauth_client_id")
	private String oauthClientId;

	// no @Column on the long texts (oauth_client_secret, oauth_refresh_token by the
	// naming
	// strategy): with a length Hibernate expects a short text type on MariaDB
	@JdbcTypeCode(SqlTypes.LONG32VARCHAR)
	private String oauthClientSecret;

	@JdbcTypeCode(SqlTypes.LONG32VARCHAR)
	private String oauthRefreshToken;

	@Column(name = "oauth_scope")
	private String oauthScope;

	private String folder;

	@Column(name = "poll_interval_seconds")
	private int pollIntervalSeconds;

	@Enumerated(EnumType.STRING)
	@Column(name = "after_processing")
	private AfterProcessing afterProcessing;

	@Column(name = "department_id")
	private Long departmentId;

	@Column(name = "tier_id")
	private Long tierId;

	@Column(name = "support_address")
	private String supportAddress;

	private boolean enabled;

	@Column(name = "lease_owner")
	private String leaseOwner;

	@Column(name = "lease_until")
	private Instant leaseUntil;

	@Column(name = "next_poll_at")
	private Instant nextPollAt;

	@Column(name = "last_poll_at")
	private Instant lastPollAt;

	@Column(name = "last_success_at")
	private Instant lastSuccessAt;

	@Enumerated(EnumType.STRING)
	@Column(name = "last_error")
	private MailboxProblem lastError;

	@Column(name = "last_error_detail")
	private String lastErrorDetail;

	@Column(name = "last_error_at")
	private Instant lastErrorAt;

	@Column(name = "last_poll_count")
	private Integer lastPollCount;

	@Column(name = "received_count")
	private long receivedCount;

	@Column(name = "created_at")
	private Instant createdAt;

	@Version
	private long version;

	protected Mailbox() {
	}

	Mailbox(MailboxSettings settings, Instant now) {
		this.createdAt = now;
		apply(settings);
	}

	/**
	 * Takes validated settings; a settings object without a secret keeps the stored one.
	 * The mailbox is polled at the next check.
	 */
	void apply(MailboxSettings settings) {
		boolean keepSecret = settings.protocol().polled() && MailboxSettings.canKeepSecret(this,
				Objects.requireNonNullElse(settings.host(), ""), settings.username(), settings.authMethod());
		this.name = settings.name();
		this.protocol = settings.protocol();
		this.host = settings.host();
		this.port = settings.port();
		this.username = settings.username();
		this.authMethod = settings.authMethod();
		if (!settings.protocol().polled()) {
			this.secret = null;
		}
		else if (settings.secret() != null) {
			this.secret = settings.secret();
			this.secretExpiresAt = null;
		}
		else if (!keepSecret) {
			// another server or account: the old secret must not go there (a refresh
			// gets a new access token)
			this.secret = null;
			this.secretExpiresAt = null;
		}
		TokenGrant grant = settings.protocol().polled() ? settings.grant() : null;
		this.oauthTokenUrl = (grant != null) ? grant.tokenUrl() : null;
		this.oauthClientId = (grant != null) ? grant.clientId() : null;
		this.oauthClientSecret = (grant != null) ? grant.clientSecret() : null;
		this.oauthRefreshToken = (grant != null) ? grant.refreshToken() : null;
		this.oauthScope = (grant != null) ? grant.scope() : null;
		this.folder = settings.folder();
		this.pollIntervalSeconds = settings.pollIntervalSeconds();
		this.afterProcessing = settings.afterProcessing();
		this.departmentId = settings.departmentId();
		this.tierId = settings.tierId();
		this.supportAddress = settings.supportAddress();
		this.enabled = settings.enabled();
		this.nextPollAt = null;
	}

	Long getId() {
		return this.id;
	}

	String getName() {
		return this.name;
	}

	MailProtocol getProtocol() {
		return this.protocol;
	}

	String getHost() {
		return this.host;
	}

	MailAuthMethod getAuthMethod() {
		return this.authMethod;
	}

	String getSecret() {
		return this.secret;
	}

	/** The OAuth2 refresh settings, if Tierdesk renews this mailbox's access token. */
	TokenGrant tokenGrant() {
		return (this.authMethod == MailAuthMethod.OAUTH2 && this.oauthTokenUrl != null
				&& this.oauthRefreshToken != null)
						? new TokenGrant(this.oauthTokenUrl, this.oauthClientId, this.oauthClientSecret,
								this.oauthRefreshToken, this.oauthScope)
						: null;
	}

	/**
	 * Whether the access token must be renewed before connecting: there is none, its
	 * expiry is unknown or it ends within the margin.
	 */
	boolean accessTokenDue(Instant now, java.time.Duration margin) {
		return tokenGrant() != null && (this.secret == null || this.secretExpiresAt == null
				|| this.secretExpiresAt.isBefore(now.plus(margin)));
	}

	String getSupportAddress() {
		return this.supportAddress;
	}

	boolean isEnabled() {
		return this.enabled;
	}

	long getVersion() {
		return this.version;
	}

	MailSource source() {
		return new MailSource(this.name, this.id, this.supportAddress, this.departmentId, this.tierId);
	}

	/** What a poll needs, read once when it starts. */
	PollTarget pollTarget() {
		return new PollTarget(this.id, this.protocol, this.host, effectivePort(), this.username, this.authMethod,
				this.secret, this.folder, this.afterProcessing, this.pollIntervalSeconds, source());
	}

	private int effectivePort() {
		return (this.port != null) ? this.port : this.protocol.defaultPort();
	}

	MailboxView toView() {
		TokenGrant grant = tokenGrant();
		return new MailboxView(this.id, this.name, this.protocol, this.host, this.port, this.username, this.authMethod,
				this.secret != null, this.folder, this.pollIntervalSeconds, this.afterProcessing, this.departmentId,
				this.tierId, this.supportAddress, this.enabled,
				new MailboxStatus(this.nextPollAt, this.lastPollAt, this.lastSuccessAt, this.lastError,
						this.lastErrorDetail, this.lastErrorAt, this.lastPollCount, this.receivedCount, this.leaseOwner,
						this.leaseUntil),
				this.createdAt, this.version, (grant != null) ? new OAuthRefreshView(grant.tokenUrl(), grant.clientId(),
						grant.scope(), grant.clientSecret() != null, this.secretExpiresAt) : null);
	}

}
