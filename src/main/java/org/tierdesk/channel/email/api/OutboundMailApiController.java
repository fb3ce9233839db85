package org.tierdesk.channel.email.api;

import java.time.Instant;
import java.util.List;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.tierdesk.channel.email.outbound.OutboundMailCounts;
import org.tierdesk.channel.email.outbound.OutboundMailManagement;
import org.tierdesk.channel.email.outbound.OutboundMailStatus;
import org.tierdesk.channel.email.outbound.OutboundMailView;
import org.tierdesk.platform.InvalidInputException;
import org.tierdesk.platform.NotFoundException;

/**
 * Outgoing mail for admins: what waits, failed or went out (newest first, at most 500),
 * and sending a failed mail again. Errors come as problem details from the API's
 * exception handler.
 */
@RestController
@RequestMapping("/api/v1/mail/outbound")
class OutboundMailApiController {

	private final OutboundMailManagement outbound;

	OutboundMailApiController(OutboundMailManagement outbound) {
		this.outbound = outbound;
	}

	@GetMapping
	OutboundMailListJson list(@RequestParam(name = "status", required = false) String status,
			@RequestParam(name = "limit", defaultValue = "100") int limit) {
		OutboundMailStatus wanted = null;
		if (status != null && !status.isBlank()) {
			wanted = OutboundMailStatus.fromApiName(status.strip())
				.orElseThrow(() -> new InvalidInputException("status", "mailout.outbound.statusUnknown",
						"Unknown status {0}; use pending, failed or sent.", status));
		}
		OutboundMailCounts counts = this.outbound.counts();
		return new OutboundMailListJson(this.outbound.list(wanted, limit).stream().map(OutboundMailJson::of).toList(),
				new CountsJson(counts.pending(), counts.failed(), counts.sent()), this.outbound.sendingConfigured());
	}

	@GetMapping("/{id}")
	OutboundMailJson get(@PathVariable long id) {
		return this.outbound.find(id)
			.map(OutboundMailJson::of)
			.orElseThrow(() -> new NotFoundException("mailout.outbound.notFound", "There is no such outgoing mail."));
	}

	@PostMapping("/{id}/retry")
	OutboundMailJson retry(@PathVariable long id) {
		return OutboundMailJson.of(this.outbound.retry(id));
	}

	record OutboundMailListJson(List<OutboundMailJson> items, CountsJson counts, boolean sendingConfigured) {
	}

	record CountsJson(long pending, long failed, long sent) {
	}

	record OutboundMailJson(long id, String kind, String status, String ticket, String from, List<String> to,
			List<String> cc, String skippedRecipients, String subject, String messageId, String inReplyTo,
			String language, int attempts, Instant nextAttemptAt, String lastError, Instant createdAt, Instant sentAt) {

		static OutboundMailJson of(OutboundMailView mail) {
			return new OutboundMailJson(mail.id(), mail.kind().apiName(), mail.status().apiName(), mail.ticketNumber(),
					mail.from(), mail.to(), mail.cc(), mail.skippedRecipients(), mail.subject(), mail.messageId(),
					mail.inReplyTo(), mail.language(), mail.attempts(), mail.nextAttemptAt(), mail.lastError(),
					mail.createdAt(), mail.sentAt());
		}

	}

}
