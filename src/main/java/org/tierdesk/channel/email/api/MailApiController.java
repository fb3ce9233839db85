package org.tierdesk.channel.email.api;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.tierdesk.channel.email.InboundMailLog;
import org.tierdesk.channel.email.InboundMailView;
import org.tierdesk.channel.email.IntakeOutcome;
import org.tierdesk.channel.email.IntakeResult;
import org.tierdesk.channel.email.MailIntake;
import org.tierdesk.channel.email.MailIntakeException;
import org.tierdesk.channel.email.MailSource;
import org.tierdesk.channel.email.RawMail;
import org.tierdesk.channel.email.SupportAddresses;
import org.tierdesk.platform.NotFoundException;

/**
 * The mail gateway (a mail server hands over a message by HTTP, or by pipe through
 * {@code bin/tierdesk-mailgate}) and the record of received mail: quarantine and
 * automated mail, with the original source, re-processing and discarding. For admins.
 */
@RestController
@Tag(name = "Mail")
class MailApiController {

	static final Set<IntakeOutcome> QUARANTINE = EnumSet.of(IntakeOutcome.QUARANTINED);

	static final Set<IntakeOutcome> AUTOMATED = EnumSet.of(IntakeOutcome.AUTOMATED, IntakeOutcome.BOUNCE,
			IntakeOutcome.LOOP, IntakeOutcome.RATE_LIMITED);

	private final MailIntake intake;

	private final InboundMailLog log;

	private final SupportAddresses supportAddresses;

	MailApiController(MailIntake intake, InboundMailLog log, SupportAddresses supportAddresses) {
		this.intake = intake;
		this.log = log;
		this.supportAddresses = supportAddresses;
	}

	record IntakeJson(String outcome, Long id, String ticketNumber, String reason) {

		static IntakeJson of(IntakeResult result) {
			return new IntakeJson(result.outcome().name().toLowerCase(java.util.Locale.ROOT), result.inboundMailId(),
					result.ticketNumber(), result.reason());
		}

	}

	record InboundMailJson(long id, Instant receivedAt, String source, String messageId, String sender, String subject,
			long size, String outcome, String kind, String reason, String detail, String ticketNumber, int attempts) {

		static InboundMailJson of(InboundMailView m) {
			return new InboundMailJson(m.id(), m.receivedAt(), m.source(), m.messageId(), m.sender(), m.subject(),
					m.size(), m.outcome().name().toLowerCase(java.util.Locale.ROOT), m.kind(), m.reason(), m.detail(),
					m.ticketNumber(), m.attempts());
		}

	}

	record InboundMailPageJson(List<InboundMailJson> items, int page, int size, boolean hasNext) {
	}

	@PostMapping(path = "/api/v1/mail/inbound",
			consumes = { "message/rfc822", MediaType.TEXT_PLAIN_VALUE, MediaType.APPLICATION_OCTET_STREAM_VALUE })
	@Operation(summary = "Hand over a received mail (raw RFC 5322 source) as a mail server would deliver it",
			description = "to: the support address it was sent to (envelope recipient). 201 with the outcome once it is"
					+ " committed; 503 when it could not even be quarantined (the mail server should keep it and retry).")
	ResponseEntity<IntakeJson> inbound(HttpServletRequest request, @RequestParam(required = false) String to)
			throws IOException {
		Path spool = Files.createTempFile("tierdesk-gateway-", ".eml");
		try {
			try (InputStream in = request.getInputStream()) {
				Files.copy(in, spool, StandardCopyOption.REPLACE_EXISTING);
			}
			// mail to a mailbox's address goes where that mailbox sends new tickets
			String address = blankToNull(to);
			MailSource source = (address != null) ? this.supportAddresses.sourceFor(address)
				.map((s) -> new MailSource("gateway", s.mailboxId(), s.supportAddress(), s.departmentId(), s.tierId()))
				.orElse(MailSource.gateway(address)) : MailSource.gateway(null);
			IntakeResult result = this.intake.receive(source, RawMail.of(spool));
			return ResponseEntity.status(HttpStatus.CREATED).body(IntakeJson.of(result));
		}
		finally {
			Files.deleteIfExists(spool);
		}
	}

	@ExceptionHandler(MailIntakeException.class)
	ProblemDetail intakeUnavailable(MailIntakeException ex) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.SERVICE_UNAVAILABLE,
				"The mail could not be stored now. Keep it and try again later.");
		problem.setTitle("Mail intake unavailable");
		return problem;
	}

	@GetMapping("/api/v1/mail/quarantine")
	@Operation(summary = "Mails that could not be processed, newest first")
	InboundMailPageJson quarantine(@RequestParam(defaultValue = "0") int page,
			@RequestParam(defaultValue = "25") int size) {
		return page(QUARANTINE, page, size);
	}

	@GetMapping("/api/v1/mail/automated")
	@Operation(summary = "Mails recognised as automated (auto-replies, bounces, reports, bulk), own mail come back,"
			+ " and mails held by the per-sender limit, newest first")
	InboundMailPageJson automated(@RequestParam(defaultValue = "0") int page,
			@RequestParam(defaultValue = "25") int size) {
		return page(AUTOMATED, page, size);
	}

	@GetMapping("/api/v1/mail/inbound/{id}")
	@Operation(summary = "One received mail and what became of it")
	InboundMailJson one(@PathVariable long id) {
		return InboundMailJson.of(find(id));
	}

	@GetMapping("/api/v1/mail/inbound/{id}/raw")
	@Operation(summary = "The original source of a received mail (.eml)")
	void raw(@PathVariable long id, HttpServletResponse response) {
		find(id);
		response.setContentType("message/rfc822");
		response.setHeader("Content-Disposition",
				ContentDisposition.attachment().filename("mail-" + id + ".eml").build().toString());
		response.setHeader("X-Content-Type-Options", "nosniff");
		boolean found = this.log.readRaw(id, (in) -> {
			try {
				in.transferTo(response.getOutputStream());
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		});
		if (!found) {
			throw new NotFoundException("mail.rawMissing", "The original of mail {0} is not kept.", id);
		}
	}

	@PostMapping("/api/v1/mail/inbound/{id}/reprocess")
	@Operation(summary = "Process a quarantined or held mail again from its original")
	IntakeJson reprocess(@PathVariable long id) {
		return IntakeJson.of(this.intake.reprocess(id));
	}

	@PostMapping("/api/v1/mail/inbound/{id}/promote")
	@Operation(summary = "Open a ticket from a mail held as automated (bulk or list mail a person wrote)")
	IntakeJson promote(@PathVariable long id) {
		return IntakeJson.of(this.intake.promote(id));
	}

	@PostMapping("/api/v1/mail/inbound/{id}/discard")
	@Operation(summary = "Discard a quarantined or held mail (its record and original stay)")
	InboundMailJson discard(@PathVariable long id) {
		return InboundMailJson.of(this.log.discard(id));
	}

	private InboundMailView find(long id) {
		return this.log.find(id)
			.orElseThrow(() -> new NotFoundException("mail.notFound", "There is no received mail {0}.", id));
	}

	private InboundMailPageJson page(Set<IntakeOutcome> outcomes, int page, int size) {
		int pageSize = Math.max(1, Math.min(size, 200));
		List<InboundMailView> found = this.log.list(outcomes, page, pageSize);
		boolean hasNext = found.size() > pageSize;
		return new InboundMailPageJson(found.stream().limit(pageSize).map(InboundMailJson::of).toList(),
				Math.max(0, page), pageSize, hasNext);
	}

	private static String blankToNull(String value) {
		return (value == null || value.isBlank()) ? null : value.strip();
	}

}
