package org.tierdesk.channel.email.web;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.tierdesk.channel.email.mailbox.AfterProcessing;
import org.tierdesk.channel.email.mailbox.MailAuthMethod;
import org.tierdesk.channel.email.mailbox.MailProtocol;
import org.tierdesk.channel.email.mailbox.MailboxView;
import org.tierdesk.channel.email.mailbox.OAuthRefresh;
import org.tierdesk.channel.email.mailbox.SaveMailboxCommand;

/**
 * A mailbox as an admin edits it. The secret is never filled in from the stored one; left
 * empty, the stored one is kept.
 */
public class MailboxForm {

	@NotBlank(message = "{validation.required}")
	@Size(max = 100, message = "{validation.tooLong}")
	private String name;

	@NotNull(message = "{validation.required}")
	private MailProtocol protocol = MailProtocol.IMAPS;

	@Size(max = 255, message = "{validation.tooLong}")
	private String host;

	@Min(value = 1, message = "{mailbox.port.range}")
	@Max(value = 65_535, message = "{mailbox.port.range}")
	private Integer port;

	@Size(max = 254, message = "{validation.tooLong}")
	private String username;

	private MailAuthMethod authMethod = MailAuthMethod.PASSWORD;

	private String secret;

	@Size(max = 200, message = "{validation.tooLong}")
	private String folder = "INBOX";

	@NotNull(message = "{validation.required}")
	private Integer pollIntervalSeconds = 60;

	private AfterProcessing afterProcessing = AfterProcessing.MARK_SEEN;

	private Long departmentId;

	private Long tierId;

	@NotBlank(message = "{validation.required}")
	@Size(max = 254, message = "{validation.tooLong}")
	private String supportAddress;

	private boolean enabled = true;

	private Long version;

	@Size(max = 1000, message = "{validation.tooLong}")
	private String oauthTokenUrl;

	@Size(max = 500, message = "{validation.tooLong}")
	private String oauthClientId;

	private String oauthClientSecret;

	private String oauthRefreshToken;

	@Size(max = 1000, message = "{validation.tooLong}")
	private String oauthScope;

	static MailboxForm of(MailboxView mailbox) {
		MailboxForm form = new MailboxForm();
		form.name = mailbox.name();
		form.protocol = mailbox.protocol();
		form.host = mailbox.host();
		form.port = mailbox.port();
		form.username = mailbox.username();
		form.authMethod = mailbox.authMethod();
		form.folder = mailbox.folder();
		form.pollIntervalSeconds = mailbox.pollIntervalSeconds();
		form.afterProcessing = mailbox.afterProcessing();
		form.departmentId = mailbox.departmentId();
		form.tierId = mailbox.tierId();
		form.supportAddress = mailbox.supportAddress();
		form.enabled = mailbox.enabled();
		form.version = mailbox.version();
		if (mailbox.oauthRefresh() != null) {
			form.oauthTokenUrl = mailbox.oauthRefresh().tokenUrl();
			form.oauthClientId = mailbox.oauthRefresh().clientId();
			form.oauthScope = mailbox.oauthRefresh().scope();
		}
		return form;
	}

	SaveMailboxCommand toCommand() {
		// POP3 only deletes; the choice is hidden for it, so it may still say "mark seen"
		AfterProcessing after = (this.protocol != null && this.protocol.pop3()) ? AfterProcessing.DELETE
				: this.afterProcessing;
		return new SaveMailboxCommand(this.name, this.protocol, this.host, this.port, this.username, this.authMethod,
				this.secret, this.folder, this.pollIntervalSeconds, after, this.departmentId, this.tierId,
				this.supportAddress, this.enabled, this.version, new OAuthRefresh(this.oauthTokenUrl,
						this.oauthClientId, this.oauthClientSecret, this.oauthRefreshToken, this.oauthScope));
	}

	public String getOauthTokenUrl() {
		return this.oauthTokenUrl;
	}

	public void setOauthTokenUrl(String oauthTokenUrl) {
		this.oauthTokenUrl = oauthTokenUrl;
	}

	public String getOauthClientId() {
		return this.oauthClientId;
	}

	public void setOauthClientId(String oauthClientId) {
		this.oauthClientId = oauthClientId;
	}

	public String getOauthClientSecret() {
		return this.oauthClientSecret;
	}

	public void setOauthClientSecret(String oauthClientSecret) {
		this.oauthClientSecret = oauthClientSecret;
	}

	public String getOauthRefreshToken() {
		return this.oauthRefreshToken;
	}

	public void setOauthRefreshToken(String oauthRefreshToken) {
		this.oauthRefreshToken = oauthRefreshToken;
	}

	public String getOauthScope() {
		return this.oauthScope;
	}

	public void setOauthScope(String oauthScope) {
		this.oauthScope = oauthScope;
	}

	public String getName() {
		return this.name;
	}

	public void setName(String name) {
		this.name = name;
	}

	public MailProtocol getProtocol() {
		return this.protocol;
	}

	public void setProtocol(MailProtocol protocol) {
		this.protocol = protocol;
	}

	public String getHost() {
		return this.host;
	}

	public void setHost(String host) {
		this.host = host;
	}

	public Integer getPort() {
		return this.port;
	}

	public void setPort(Integer port) {
		this.port = port;
	}

	public String getUsername() {
		return this.username;
	}

	public void setUsername(String username) {
		this.username = username;
	}

	public MailAuthMethod getAuthMethod() {
		return this.authMethod;
	}

	public void setAuthMethod(MailAuthMethod authMethod) {
		this.authMethod = authMethod;
	}

	public String getSecret() {
		return this.secret;
	}

	public void setSecret(String secret) {
		this.secret = secret;
	}

	public String getFolder() {
		return this.folder;
	}

	public void setFolder(String folder) {
		this.folder = folder;
	}

	public Integer getPollIntervalSeconds() {
		return this.pollIntervalSeconds;
	}

	public void setPollIntervalSeconds(Integer pollIntervalSeconds) {
		this.pollIntervalSeconds = pollIntervalSeconds;
	}

	public AfterProcessing getAfterProcessing() {
		return this.afterProcessing;
	}

	public void setAfterProcessing(AfterProcessing afterProcessing) {
		this.afterProcessing = afterProcessing;
	}

	public Long getDepartmentId() {
		return this.departmentId;
	}

	public void setDepartmentId(Long departmentId) {
		this.departmentId = departmentId;
	}

	public Long getTierId() {
		return this.tierId;
	}

	public void setTierId(Long tierId) {
		this.tierId = tierId;
	}

	public String getSupportAddress() {
		return this.supportAddress;
	}

	public void setSupportAddress(String supportAddress) {
		this.supportAddress = supportAddress;
	}

	public boolean isEnabled() {
		return this.enabled;
	}

	public void setEnabled(boolean enabled) {
		this.enabled = enabled;
	}

	public Long getVersion() {
		return this.version;
	}

	public void setVersion(Long version) {
		this.version = version;
	}

	@Override
	public String toString() {
		return "MailboxForm[" + this.name + "]";
	}

}
