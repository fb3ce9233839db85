package org.tierdesk.channel.email.mailbox.domain;

import java.time.Clock;
import java.util.List;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tierdesk.channel.email.MailSource;
import org.tierdesk.channel.email.mailbox.ConnectionCheck;
import org.tierdesk.channel.email.mailbox.MailboxManagement;
import org.tierdesk.channel.email.mailbox.MailboxProblem;
import org.tierdesk.channel.email.mailbox.MailboxView;
import org.tierdesk.channel.email.mailbox.SaveMailboxCommand;
import org.tierdesk.desk.DeskManagement;
import org.tierdesk.platform.ConflictException;
import org.tierdesk.platform.NotFoundException;

@Service
class MailboxService implements MailboxManagement {

	private static final Logger log = LoggerFactory.getLogger(MailboxService.class);

	private final MailboxRepository mailboxes;

	private final DeskManagement desk;

	private final MailServers servers;

	private final Clock clock;

	private final MailboxCredentials credentials;

	MailboxService(MailboxRepository mailboxes, DeskManagement desk, MailServers servers, Clock clock,
			MailboxCredentials credentials) {
		this.credentials = credentials;
		this.mailboxes = mailboxes;
		this.desk = desk;
		this.servers = servers;
		this.clock = clock;
	}

	@Override
	@Transactional(readOnly = true)
	public List<MailboxView> mailboxes() {
		return this.mailboxes.findAllByOrderByNameAsc().stream().map(Mailbox::toView).toList();
	}

	@Override
	@Transactional(readOnly = true)
	public Optional<MailboxView> mailbox(long id) {
		return this.mailboxes.findById(id).map(Mailbox::toView);
	}

	@Override
	@Transactional
	public MailboxView create(SaveMailboxCommand command) {
		MailboxSettings settings = MailboxSettings.of(command, null, this.desk);
		checkUnique(settings, null);
		try {
			Mailbox mailbox = this.mailboxes.saveAndFlush(new Mailbox(settings, this.clock.instant()));
			log.info("Mailbox {} added: {}", mailbox.getId(), settings);
			return mailbox.toView();
		}
		catch (DataIntegrityViolationException ex) {
			throw duplicate(settings);
		}
	}

	@Override
	@Transactional
	public MailboxView update(long id, SaveMailboxCommand command) {
		Mailbox mailbox = find(id);
		if (command.version() != null && command.version() != mailbox.getVersion()) {
			throw new ObjectOptimisticLockingFailureException(Mailbox.class, id);
		}
		MailboxSettings settings = MailboxSettings.of(command, mailbox, this.desk);
		checkUnique(settings, id);
		mailbox.apply(settings);
		try {
			this.mailboxes.flush();
		}
		catch (DataIntegrityViolationException ex) {
			throw duplicate(settings);
		}
		log.info("Mailbox {} changed: {}", id, settings);
		return mailbox.toView();
	}

	@Override
	@Transactional
	public void delete(long id) {
		Mailbox mailbox = find(id);
		this.mailboxes.delete(mailbox);
		log.info("Mailbox {} ({}) deleted", id, mailbox.getName());
	}

	// no transaction: the check talks to the mail server (and maybe a token endpoint) for
	// seconds; a renewed token is stored in a transaction of its own
	@Override
	public ConnectionCheck testConnection(long id) {
		Mailbox mailbox = find(id);
		try {
			return this.servers.check(this.credentials.target(mailbox));
		}
		catch (OAuthTokenClient.RefreshFailed ex) {
			PollTarget target = mailbox.pollTarget();
			return ConnectionCheck.failed(MailboxProblem.OAUTH_REFRESH_FAILED, ex.getMessage(), target.host(),
					target.port(), target.folder());
		}
	}

	@Override
	public ConnectionCheck testConnection(SaveMailboxCommand settings, Long mailboxId) {
		Mailbox existing = (mailboxId != null) ? find(mailboxId) : null;
		MailboxSettings.Server server = MailboxSettings.server(settings, existing);
		if (!server.protocol().polled()) {
			return ConnectionCheck.forDirect();
		}
		String secret = (server.secret() != null) ? server.secret() : (existing != null
				&& MailboxSettings.canKeepSecret(existing, server.host(), server.username(), server.authMethod()))
						? existing.getSecret() : null;
		if (server.grant() != null && (server.secret() == null
				|| !server.grant().equals((existing != null) ? existing.tokenGrant() : null))) {
			// the settings as entered must be able to get a token; it is not stored
			try {
				secret = this.credentials.accessToken(server.grant());
			}
			catch (OAuthTokenClient.RefreshFailed ex) {
				return ConnectionCheck.failed(MailboxProblem.OAUTH_REFRESH_FAILED, ex.getMessage(), server.host(),
						server.effectivePort(), server.folder());
			}
		}
		return this.servers.check(new PollTarget(mailboxId, server.protocol(), server.host(), server.effectivePort(),
				server.username(), server.authMethod(), secret, server.folder(), server.afterProcessing(),
				MailboxSettings.DEFAULT_POLL_INTERVAL, null));
	}

	@Override
	public void pollSoon(long id) {
		if (this.mailboxes.requestPoll(id) == 0) {
			throw notFound();
		}
	}

	@Override
	@Transactional(readOnly = true)
	public Optional<MailSource> sourceFor(String address) {
		String normalized = MailboxSettings.normalizeAddress(address);
		if (normalized.isEmpty()) {
			return Optional.empty();
		}
		Optional<Mailbox> found = this.mailboxes.findBySupportAddressAndEnabledTrue(normalized);
		int plus = normalized.indexOf('+');
		int at = normalized.lastIndexOf('@');
		if (found.isEmpty() && plus > 0 && plus < at) {
			// support+billing@example.com reaches support@example.com
			found = this.mailboxes
				.findBySupportAddressAndEnabledTrue(normalized.substring(0, plus) + normalized.substring(at));
		}
		return found.map(Mailbox::source);
	}

	@Override
	@Transactional(readOnly = true)
	public List<String> supportAddresses() {
		return this.mailboxes.findEnabledSupportAddresses();
	}

	private void checkUnique(MailboxSettings settings, Long id) {
		this.mailboxes.findByNameIgnoreCase(settings.name())
			.filter((other) -> !other.getId().equals(id))
			.ifPresent((other) -> {
				throw new ConflictException("mailbox.name.duplicate", "A mailbox with this name exists already.",
						settings.name());
			});
		this.mailboxes.findBySupportAddress(settings.supportAddress())
			.filter((other) -> !other.getId().equals(id))
			.ifPresent((other) -> {
				throw duplicateAddress(settings, other);
			});
	}

	private static ConflictException duplicateAddress(MailboxSettings settings, Mailbox other) {
		return new ConflictException("mailbox.address.duplicate",
				"Another mailbox receives mail for this address already.", settings.supportAddress(), other.getName());
	}

	private static ConflictException duplicate(MailboxSettings settings) {
		return new ConflictException("mailbox.duplicate", "A mailbox with this name or support address exists already.",
				settings.name(), settings.supportAddress());
	}

	private Mailbox find(long id) {
		return this.mailboxes.findById(id).orElseThrow(MailboxService::notFound);
	}

	private static NotFoundException notFound() {
		return new NotFoundException("mailbox.notFound", "No such mailbox.");
	}

}
