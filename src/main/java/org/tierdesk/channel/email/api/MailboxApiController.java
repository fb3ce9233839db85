package org.tierdesk.channel.email.api;

import java.net.URI;
import java.time.Clock;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import org.tierdesk.channel.email.api.MailboxApiModels.ConnectionTestJson;
import org.tierdesk.channel.email.api.MailboxApiModels.MailboxJson;
import org.tierdesk.channel.email.api.MailboxApiModels.MailboxRequest;
import org.tierdesk.channel.email.api.MailboxApiModels.ProblemJson;
import org.tierdesk.channel.email.api.MailboxApiModels.StatusJson;
import org.tierdesk.channel.email.mailbox.ConnectionCheck;
import org.tierdesk.channel.email.mailbox.MailboxManagement;
import org.tierdesk.channel.email.mailbox.MailboxStatus;
import org.tierdesk.channel.email.mailbox.MailboxView;
import org.tierdesk.platform.NotFoundException;

import static org.tierdesk.channel.email.api.MailboxApiModels.apiName;

/**
 * Mailboxes for admins: list, read, create, change, delete, test the connection, poll
 * now. Secrets go in and never come out.
 */
@RestController
@RequestMapping("/api/v1/mailboxes")
@Tag(name = "Mailboxes", description = "Where mail for the desk comes from (role admin)")
class MailboxApiController {

	private final MailboxManagement mailboxes;

	private final MessageSource messages;

	private final Clock clock;

	MailboxApiController(MailboxManagement mailboxes, MessageSource messages, Clock clock) {
		this.mailboxes = mailboxes;
		this.messages = messages;
		this.clock = clock;
	}

	@GetMapping
	@Operation(summary = "All mailboxes, by name, with their poll status")
	List<MailboxJson> list() {
		return this.mailboxes.mailboxes().stream().map(this::json).toList();
	}

	@GetMapping("/{id}")
	@Operation(summary = "One mailbox")
	MailboxJson get(@PathVariable long id) {
		return json(mailbox(id));
	}

	@PostMapping
	@Operation(summary = "Add a mailbox",
			description = "protocol imap, imaps, pop3, pop3s or direct (mail handed over by the SMTP receiver or the "
					+ "gateway). POP3 mailboxes always delete what they fetched.")
	ResponseEntity<MailboxJson> create(@Valid @RequestBody MailboxRequest request) {
		MailboxView created = this.mailboxes.create(request.toCommand());
		URI location = ServletUriComponentsBuilder.fromCurrentRequest()
			.path("/{id}")
			.buildAndExpand(created.id())
			.toUri();
		return ResponseEntity.created(location).body(json(created));
	}

	@PutMapping("/{id}")
	@Operation(summary = "Change a mailbox",
			description = "A missing or blank secret keeps the stored one, unless the host, user name or "
					+ "authentication method changes. With version, a stale change is refused (409).")
	MailboxJson update(@PathVariable long id, @Valid @RequestBody MailboxRequest request) {
		return json(this.mailboxes.update(id, request.toCommand()));
	}

	@DeleteMapping("/{id}")
	@Operation(summary = "Delete a mailbox; mail already received stays")
	ResponseEntity<Void> delete(@PathVariable long id) {
		this.mailboxes.delete(id);
		return ResponseEntity.noContent().build();
	}

	@PostMapping("/{id}/test")
	@Operation(summary = "Connect with the stored settings and count the messages waiting",
			description = "Always 200: ok, or a code (authentication-failed, unknown-host, connection-refused, "
					+ "timeout, tls-failure, folder-not-found, other) with an explanation.")
	ConnectionTestJson test(@PathVariable long id) {
		ConnectionCheck check = this.mailboxes.testConnection(id);
		return new ConnectionTestJson(check.ok(), check.ok() && !check.direct() ? check.waiting() : null,
				apiName(check.problem()), text(check.messageKey(), check.args()), check.detail());
	}

	@PostMapping("/{id}/poll")
	@Operation(summary = "Poll the mailbox at the next check (within seconds) instead of after its interval")
	ResponseEntity<Void> poll(@PathVariable long id) {
		this.mailboxes.pollSoon(id);
		return ResponseEntity.accepted().build();
	}

	private MailboxView mailbox(long id) {
		return this.mailboxes.mailbox(id)
			.orElseThrow(() -> new NotFoundException("mailbox.notFound", "No such mailbox."));
	}

	private MailboxJson json(MailboxView m) {
		MailboxStatus s = m.status();
		ProblemJson problem = (s.lastError() != null) ? new ProblemJson(apiName(s.lastError()),
				text(s.lastError().messageKey(), m.host(), String.valueOf(m.effectivePort()), m.folder()),
				s.lastErrorDetail(), s.lastErrorAt()) : null;
		StatusJson status = new StatusJson(s.lastPollAt(), s.lastSuccessAt(), s.nextPollAt(), s.lastPollCount(),
				s.receivedCount(), s.failing(), problem, s.polling(this.clock.instant()), s.leaseOwner());
		return new MailboxJson(m.id(), m.name(), apiName(m.protocol()), m.host(), m.effectivePort(), m.username(),
				m.protocol().polled() ? apiName(m.authMethod()) : null, m.secretSet(), m.folder(),
				m.pollIntervalSeconds(), m.protocol().polled() ? apiName(m.afterProcessing()) : null, m.departmentId(),
				m.tierId(), m.supportAddress(), m.enabled(), status, m.createdAt(), m.version(), m.oauthRefresh());
	}

	private String text(String key, Object... args) {
		return this.messages.getMessage(key, args, key, LocaleContextHolder.getLocale());
	}

}
