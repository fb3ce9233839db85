package org.tierdesk.channel.email.domain;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.tierdesk.channel.email.AutomatedMailClassifier;
import org.tierdesk.channel.email.Bounce;
import org.tierdesk.channel.email.FailedRecipient;
import org.tierdesk.channel.email.InboundMailLog;
import org.tierdesk.channel.email.InboundMailView;
import org.tierdesk.channel.email.IntakeOutcome;
import org.tierdesk.channel.email.IntakeResult;
import org.tierdesk.channel.email.MailAddress;
import org.tierdesk.channel.email.MailClassification;
import org.tierdesk.channel.email.MailConversation;
import org.tierdesk.channel.email.MailIntake;
import org.tierdesk.channel.email.MailIntakeException;
import org.tierdesk.channel.email.MailIntakeProperties;
import org.tierdesk.channel.email.MailKind;
import org.tierdesk.channel.email.MailParseException;
import org.tierdesk.channel.email.MailParser;
import org.tierdesk.channel.email.MailSource;
import org.tierdesk.channel.email.OwnAddresses;
import org.tierdesk.channel.email.ParsedMail;
import org.tierdesk.channel.email.RawMail;
import org.tierdesk.channel.email.outbound.OutboundMailProperties;
import org.tierdesk.platform.NotFoundException;
import org.tierdesk.ticket.Actor;
import org.tierdesk.ticket.Channel;
import org.tierdesk.ticket.MailDetails;
import org.tierdesk.ticket.MailDetails.ThreadingReason;
import org.tierdesk.ticket.MessageView;
import org.tierdesk.ticket.NewAttachment;
import org.tierdesk.ticket.OpenTicketCommand;
import org.tierdesk.ticket.OpenedTicket;
import org.tierdesk.ticket.TicketManagement;
import org.tierdesk.ticket.TicketView;

/**
 * The mail intake pipeline: parse → guard against loops and duplicates → classify
 * (automated mail and bounces never open a ticket) → limit runaway senders → thread →
 * open or append → keep the original. Everything a mail changes is one transaction; a
 * mail that fails is quarantined with its raw source in a second one. Only when neither
 * can be written does the caller get a {@link MailIntakeException} and keep the mail.
 */
@Service
class MailIntakeService implements MailIntake, InboundMailLog {

	private static final Logger log = LoggerFactory.getLogger(MailIntakeService.class);

	private static final java.util.regex.Pattern ADDRESS = java.util.regex.Pattern
		.compile("[^\\s<>\"@]+@[^\\s<>\"@]+\\.[^\\s<>\"@]+");

	/** How often a mail is tried when it meets a concurrent change. */
	private static final int ATTEMPTS = 3;

	private final MailParser parser = new MailParser();

	private final AutomatedMailClassifier classifier = new AutomatedMailClassifier();

	private final MailContentMapper content;

	private final MailThreading threading;

	private final MailRecords records;

	private final InboundMailRepository inbound;

	private final TicketManagement tickets;

	private final MailIntakeProperties properties;

	private final OwnAddresses ownAddresses;

	private final TransactionTemplate transaction;

	private final java.time.Clock clock;

	MailIntakeService(MailContentMapper content, MailThreading threading, MailRecords records,
			InboundMailRepository inbound, TicketManagement tickets, MailIntakeProperties properties,
			OwnAddresses ownAddresses, PlatformTransactionManager transactionManager, java.time.Clock clock) {
		this.content = content;
		this.threading = threading;
		this.records = records;
		this.inbound = inbound;
		this.tickets = tickets;
		this.properties = properties;
		this.ownAddresses = ownAddresses;
		this.transaction = new TransactionTemplate(transactionManager);
		this.clock = clock;
	}

	@Override
	public IntakeResult receive(MailSource source, RawMail raw) {
		return process(source, raw, null, false);
	}

	@Override
	public IntakeResult reprocess(long inboundMailId) {
		return again(inboundMailId, false);
	}

	@Override
	public IntakeResult promote(long inboundMailId) {
		return again(inboundMailId, true);
	}

	private IntakeResult again(long inboundMailId, boolean promote) {
		InboundMail previous = this.inbound.findById(inboundMailId)
			.orElseThrow(() -> new NotFoundException("mail.notFound", "There is no received mail {0}.", inboundMailId));
		if (previous.getOutcome().ticket() || previous.getOutcome() == IntakeOutcome.REPROCESSED) {
			throw new org.tierdesk.platform.ConflictException("mail.alreadyProcessed",
					"This mail was already processed.");
		}
		Path copy = null;
		try {
			Path file = Files.createTempFile("tierdesk-reprocess-", ".eml");
			copy = file;
			boolean found = this.records.readRaw(inboundMailId, (in) -> {
				try {
					Files.copy(in, file, StandardCopyOption.REPLACE_EXISTING);
				}
				catch (IOException ex) {
					throw new UncheckedIOException(ex);
				}
			});
			if (!found) {
				throw new NotFoundException("mail.rawMissing", "The original of mail {0} is not kept.", inboundMailId);
			}
			return process(previous.source(), RawMail.of(file), previous, promote);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		finally {
			deleteQuietly(copy);
		}
	}

	private IntakeResult process(MailSource source, RawMail raw, InboundMail previous, boolean promote) {
		ParsedMail parsed;
		try (InputStream in = raw.open()) {
			parsed = this.parser.parse(in);
		}
		catch (MailParseException ex) {
			return quarantine(source, raw, null, ex.reason().name(), ex.getMessage(), previous);
		}
		catch (IOException | RuntimeException ex) {
			return quarantine(source, raw, null, "IO_FAILED", String.valueOf(ex.getMessage()), previous);
		}
		try (parsed) {
			MailClassification classification = this.classifier.classify(parsed);
			String key = messageKey(parsed);
			for (int attempt = 1;; attempt++) {
				try {
					return this.transaction
						.execute((status) -> deliver(source, raw, parsed, classification, key, previous, promote));
				}
				catch (DataIntegrityViolationException ex) {
					// the same message was stored meanwhile (another mailbox, another
					// node)
					log.debug("A mail's record collided with an earlier one: {}", ex.getMostSpecificCause().toString());
					if (previous == null && this.transaction.execute((status) -> this.records.ref(key)).isPresent()) {
						return new IntakeResult(IntakeOutcome.DUPLICATE, null, null, "message-id");
					}
					// another mail wrote the same ticket's rows at the same time: once
					// more
					if (attempt >= ATTEMPTS) {
						throw ex;
					}
				}
				catch (ConcurrencyFailureException ex) {
					// the ticket changed meanwhile (an agent, another mail): once more,
					// on
					// the ticket as it is now
					log.debug("A mail met a concurrent change (attempt {}): {}", attempt, ex.toString());
					if (attempt >= ATTEMPTS) {
						throw ex;
					}
				}
			}
		}
		catch (RuntimeException ex) {
			log.warn("A received mail could not be processed and is quarantined: {}", ex.toString());
			return quarantine(source, raw, parsed, "PROCESSING_FAILED",
					ex.getClass().getSimpleName() + ": " + String.valueOf(ex.getMessage()), previous);
		}
	}

	/**
	 * A mail on its way through {@link #deliver}: what is known of it, and how to keep
	 * its record with the original.
	 */
	private final class Arrival {

		final MailSource source;

		final RawMail raw;

		final ParsedMail mail;

		final Optional<MailAddress> sender;

		final InboundMail previous;

		String key;

		Arrival(MailSource source, RawMail raw, ParsedMail mail, String key, InboundMail previous) {
			this.source = source;
			this.raw = raw;
			this.mail = mail;
			this.sender = (mail != null) ? sender(mail) : Optional.empty();
			this.key = key;
			this.previous = previous;
		}

		String from() {
			return this.sender.map(MailAddress::normalized).orElse(null);
		}

		String subject() {
			return (this.mail != null) ? this.mail.subject() : null;
		}

		/** The record of this mail; a re-processed mail's earlier record says so. */
		InboundMail record() {
			InboundMail record = new InboundMail(this.source, this.key,
					(this.mail != null) ? this.mail.messageId().orElse(null) : null, from(), subject(), this.raw.size(),
					MailIntakeService.this.clock.instant());
			if (this.previous != null) {
				InboundMail old = MailIntakeService.this.inbound.findById(this.previous.getId()).orElseThrow();
				old.changeOutcome(IntakeOutcome.REPROCESSED);
				record.attempts(old.getAttempts() + 1);
			}
			return record;
		}

		/**
		 * Keeps the record with this outcome and the original, and says what became of
		 * the mail.
		 */
		IntakeResult keep(IntakeOutcome outcome, String kind, String reason, String detail) {
			return finish(record().outcome(outcome, kind, reason, detail));
		}

		/** Saves the record with the raw source. */
		IntakeResult finish(InboundMail record) {
			InboundMail saved = MailIntakeService.this.inbound.saveAndFlush(record);
			try (InputStream in = this.raw.open()) {
				MailIntakeService.this.records.storeRaw(saved.getId(), in, this.raw.size());
			}
			catch (IOException ex) {
				throw new UncheckedIOException("Cannot read the mail to keep it", ex);
			}
			InboundMailView view = saved.toView();
			return new IntakeResult(view.outcome(), saved.getId(), view.ticketNumber(), view.reason());
		}

	}

	private IntakeResult deliver(MailSource source, RawMail raw, ParsedMail mail, MailClassification classification,
			String messageKey, InboundMail previous, boolean promote) {
		Arrival arrival = new Arrival(source, raw, mail, messageKey, previous);
		Optional<MailRecords.Ref> seen = this.records.ref(arrival.key);
		if (seen.isPresent() && !seen.get().outgoing()) {
			// a different mail that reuses a Message-ID (broken software, copied test
			// mails) is no duplicate
			Optional<InboundMail> earlier = this.inbound.findFirstByMessageKeyOrderByIdAsc(arrival.key);
			if (earlier.isPresent() && !earlier.get().sameMessage(arrival.from(), mail.subject())) {
				arrival.key = MessageKeys.sha256(arrival.key + "|" + arrival.from() + "|" + mail.subject());
				seen = this.records.ref(arrival.key);
			}
		}
		if (seen.isPresent() && seen.get().outgoing()) {
			return arrival.keep(IntakeOutcome.LOOP, "OWN_MAIL", "own-message-id",
					"A mail this desk sent came back in.");
		}
		if (seen.isPresent() || (previous == null && recordedBefore(arrival))) {
			// automated and held mail has no Message-ID record, only its own
			return new IntakeResult(IntakeOutcome.DUPLICATE, null, null, "message-id");
		}
		if (arrival.sender.isPresent() && ownAddress(source, arrival.from())) {
			return arrival.keep(IntakeOutcome.LOOP, "OWN_ADDRESS", "own-address",
					"The sender is one of this desk's own addresses.");
		}
		if (classification.automated() && !promote) {
			return automated(arrival, classification);
		}
		if (arrival.sender.isEmpty()) {
			return arrival.keep(IntakeOutcome.QUARANTINED, null, "NO_SENDER",
					"The mail has no valid From, Reply-To or Sender address.");
		}
		String from = arrival.from();
		if (previous == null
				&& this.inbound.countBySenderSince(from, this.clock.instant().minus(this.properties.rateWindow()),
						IntakeOutcome.OPENED, IntakeOutcome.APPENDED) >= this.properties.rateLimit()) {
			return arrival.keep(IntakeOutcome.RATE_LIMITED, null, "rate-limit",
					"More than " + this.properties.rateLimit() + " mails from this sender within "
							+ this.properties.rateWindow().toMinutes() + " minutes.");
		}
		Optional<MailThreading.Match> match = this.threading.match(mail);
		MailContentMapper.Content body = this.content.map(mail);
		String name = arrival.sender.get().name().isBlank() ? null : arrival.sender.get().name();
		Actor author = Actor.customer(null, (name != null) ? name : from, from);
		TicketView ticket;
		MessageView message;
		IntakeOutcome outcome;
		ThreadingReason reason;
		if (match.isPresent() && this.tickets.acceptsCustomerReply(match.get().ticket().number())) {
			reason = match.get().reason();
			ticket = match.get().ticket();
			message = this.tickets.addMail(ticket.number(), body.text(),
					details(mail, body, reason, match.get().detail()), body.attachments(), author);
			outcome = IntakeOutcome.APPENDED;
		}
		else {
			reason = match.isPresent() ? ThreadingReason.FOLLOW_UP : ThreadingReason.NEW_TICKET;
			String detail = match.map((m) -> m.ticket().number()).orElse(null);
			OpenedTicket opened = this.tickets.openWithRequest(new OpenTicketCommand(this.content.subject(mail, body),
					body.text(), from, name, null, Channel.EMAIL, null, source.departmentId(), body.attachments(),
					source.tierId(), details(mail, body, reason, detail)), author);
			ticket = opened.ticket();
			message = opened.request();
			outcome = IntakeOutcome.OPENED;
		}
		this.records.insertRef(arrival.key, mail.messageId().orElse(""), "IN", ticket.id(), message.id());
		MailConversation conversation = new MailConversation(ticket.id(), source.mailboxId(), source.supportAddress(),
				from, copied(source, mail, from), language(mail), suppressesAutoReplies(mail));
		if (outcome == IntakeOutcome.OPENED) {
			this.records.startConversation(conversation);
		}
		else {
			this.records.saveConversation(conversation);
		}
		this.records.delivered(from);
		if (!body.omitted().isEmpty()) {
			this.tickets.addSystemNote(ticket.number(), body.omittedNote(), List.of());
		}
		return arrival.finish(arrival.record()
			.outcome(outcome, null, reason.name(), describe(reason, match))
			.ticket(ticket.id(), ticket.number(), message.id()));
	}

	/**
	 * Whether this very mail (same key, sender and subject) was recorded before and not
	 * set aside.
	 */
	private boolean recordedBefore(Arrival arrival) {
		return this.inbound.findFirstByMessageKeyOrderByIdAsc(arrival.key)
			.filter((earlier) -> earlier.sameMessage(arrival.from(), arrival.subject()))
			.filter((earlier) -> !EnumSet
				.of(IntakeOutcome.QUARANTINED, IntakeOutcome.REPROCESSED, IntakeOutcome.DISCARDED)
				.contains(earlier.getOutcome()))
			.isPresent();
	}

	private IntakeResult automated(Arrival arrival, MailClassification classification) {
		ParsedMail mail = arrival.mail;
		InboundMail record = arrival.record();
		Optional<TicketView> ticket = classification.originalMessageId()
			.flatMap(this.threading::ticketOf)
			.or(() -> mail.inReplyTo().flatMap(this.threading::ticketOf))
			.or(() -> mail.returnedHeaders()
				.flatMap((headers) -> headers.first("X-Tierdesk-Ticket"))
				.flatMap((number) -> this.tickets.find(number.strip())));
		if (classification.kind() == MailKind.BOUNCE) {
			Bounce bounce = classification.bounce().orElse(new Bounce(List.of()));
			for (FailedRecipient recipient : bounce.recipients()) {
				this.records.bounced(recipient.email(), recipient.hard(), recipient.status().orElse(null),
						recipient.diagnostic().orElse(null));
			}
			String summary = bounceSummary(bounce, classification);
			record.outcome(IntakeOutcome.BOUNCE, classification.kind().name(), "bounce", summary);
			if (ticket.isPresent()) {
				RawMail raw = arrival.raw;
				List<NewAttachment> original = (raw.size() <= 10L * 1024 * 1024) ? List
					.of(new NewAttachment("undelivered.eml", "message/rfc822", raw.size(), raw::open, null, false))
						: List.of();
				MessageView note = this.tickets.addSystemNote(ticket.get().number(), summary, original);
				record.ticket(ticket.get().id(), ticket.get().number(), note.id());
			}
			return arrival.finish(record);
		}
		record.outcome(IntakeOutcome.AUTOMATED, classification.kind().name(), "automated", classification.reason());
		ticket.ifPresent((t) -> record.ticket(t.id(), t.number(), null));
		return arrival.finish(record);
	}

	private static String bounceSummary(Bounce bounce, MailClassification classification) {
		if (bounce.recipients().isEmpty()) {
			return "Undeliverable mail: " + classification.reason();
		}
		StringBuilder text = new StringBuilder("Undeliverable mail");
		for (FailedRecipient recipient : bounce.recipients()) {
			text.append("\n- ").append(recipient.email());
			recipient.status().ifPresent((status) -> text.append(" (").append(status).append(')'));
			recipient.diagnostic().ifPresent((diagnostic) -> text.append(": ").append(diagnostic));
			text.append(recipient.hard() ? " [permanent]" : " [temporary]");
		}
		return text.toString();
	}

	private static String describe(ThreadingReason reason, Optional<MailThreading.Match> match) {
		return switch (reason) {
			case NEW_TICKET -> "No known ticket referred to.";
			case FOLLOW_UP -> "Follow-up of closed ticket " + match.map((m) -> m.ticket().number()).orElse("") + ".";
			case IN_REPLY_TO -> "In-Reply-To " + match.map(MailThreading.Match::detail).orElse("");
			case REFERENCES -> "References " + match.map(MailThreading.Match::detail).orElse("");
			case SUBJECT_NUMBER -> "Ticket number in the subject: " + match.map(MailThreading.Match::detail).orElse("");
		};
	}

	private MailDetails details(ParsedMail mail, MailContentMapper.Content body, ThreadingReason reason,
			String detail) {
		return new MailDetails(mail.messageId().orElse(null), mail.subject(),
				mail.to().stream().map(MailIntakeService::format).toList(),
				mail.cc().stream().map(MailIntakeService::format).toList(), body.html(), body.quotedFrom(), reason,
				detail);
	}

	private static String format(MailAddress address) {
		return address.name().isBlank() ? address.email() : address.name() + " <" + address.email() + ">";
	}

	/**
	 * The people in copy of a conversation: recipients other than the sender and the
	 * desk.
	 */
	private List<String> copied(MailSource source, ParsedMail mail, String from) {
		Set<String> cc = new LinkedHashSet<>();
		for (MailAddress address : mail.to()) {
			cc.add(address.normalized());
		}
		for (MailAddress address : mail.cc()) {
			cc.add(address.normalized());
		}
		cc.remove(from);
		cc.removeIf((address) -> ownAddress(source, address));
		return cc.stream().limit(20).toList();
	}

	/** The address the mail came to, or any other of the desk's own. */
	private boolean ownAddress(MailSource source, String address) {
		return address.equalsIgnoreCase(source.supportAddress()) || this.ownAddresses.isOwn(address);
	}

	/** The conversation's language, if the mail names one the desk speaks. */
	private static String language(ParsedMail mail) {
		return mail.headers()
			.first("Content-Language")
			.flatMap((value) -> OutboundMailProperties.supportedLanguage(value.split(",")[0]))
			.orElse(null);
	}

	/**
	 * Whether the sender asked not to be answered automatically (Exchange and others set
	 * {@code X-Auto-Response-Suppress}); the mail may still be a person's and opens a
	 * ticket, but gets no acknowledgement.
	 */
	static boolean suppressesAutoReplies(ParsedMail mail) {
		String value = mail.headers().lower("X-Auto-Response-Suppress");
		return value.contains("all") || value.contains("autoreply") || value.contains("oof");
	}

	/** The sender: From, else Reply-To, else Sender. */
	private static Optional<MailAddress> sender(ParsedMail mail) {
		if (mail.from().isPresent()) {
			return mail.from();
		}
		if (!mail.replyTo().isEmpty()) {
			return Optional.of(mail.replyTo().get(0));
		}
		return mail.headers().first("Sender").flatMap(MailIntakeService::address);
	}

	private static Optional<MailAddress> address(String header) {
		java.util.regex.Matcher m = ADDRESS.matcher(header);
		return m.find() ? Optional.of(new MailAddress(m.group(), "")) : Optional.empty();
	}

	/**
	 * The key that tells two deliveries of one mail apart from two mails: its Message-ID,
	 * else a digest of what identifies it (sender, date, subject, recipients, text).
	 */
	static String messageKey(ParsedMail mail) {
		if (mail.messageId().isPresent() && !MessageKeys.normalize(mail.messageId().get()).isEmpty()) {
			return MessageKeys.of(mail.messageId().get());
		}
		return MessageKeys.sha256("nomid:" + mail.from().map(MailAddress::normalized).orElse("") + "|"
				+ mail.date().map(Instant::toString).orElse("") + "|" + mail.subject() + "|" + mail.to() + "|"
				+ mail.cc() + "|" + MessageKeys.sha256(mail.textBody()));
	}

	private IntakeResult quarantine(MailSource source, RawMail raw, ParsedMail mail, String reason, String detail,
			InboundMail previous) {
		try {
			return this.transaction.execute((status) -> {
				String key = (mail != null) ? messageKey(mail) : MessageKeys
					.sha256("raw:" + this.clock.instant() + ":" + raw.size() + ":" + System.nanoTime());
				return new Arrival(source, raw, mail, key, previous).keep(IntakeOutcome.QUARANTINED, null, reason,
						detail);
			});
		}
		catch (RuntimeException ex) {
			throw new MailIntakeException("The mail could neither be processed nor quarantined", ex);
		}
	}

	// ---- the log of received mail

	@Override
	public List<InboundMailView> list(Set<IntakeOutcome> outcomes, int page, int size) {
		int pageSize = Math.max(1, Math.min(size, 200));
		int current = Math.max(0, page);
		List<InboundMail> found = new ArrayList<>(
				this.inbound.findByOutcomes(outcomes, PageRequest.of(current, pageSize)));
		long next = (current + 1L) * pageSize;
		if (found.size() == pageSize && next <= Integer.MAX_VALUE) {
			// one more than asked for (the first of the next page) tells the caller there
			// is a next page; a page of size + 1 would shift every later page by one
			found.addAll(this.inbound.findByOutcomes(outcomes, PageRequest.of((int) next, 1)));
		}
		return found.stream().map(InboundMail::toView).toList();
	}

	@Override
	public Optional<InboundMailView> find(long id) {
		return this.inbound.findById(id).map(InboundMail::toView);
	}

	@Override
	public Optional<InboundMailView> findByTicketMessage(long ticketMessageId) {
		return this.inbound.findFirstByTicketMessageId(ticketMessageId).map(InboundMail::toView);
	}

	@Override
	public boolean readRaw(long id, Consumer<InputStream> reader) {
		return this.records.readRaw(id, reader);
	}

	@Override
	public InboundMailView discard(long id) {
		return this.transaction.execute((status) -> {
			InboundMail mail = this.inbound.findById(id)
				.orElseThrow(() -> new NotFoundException("mail.notFound", "There is no received mail {0}.", id));
			if (mail.getOutcome() != IntakeOutcome.QUARANTINED && mail.getOutcome() != IntakeOutcome.AUTOMATED
					&& mail.getOutcome() != IntakeOutcome.RATE_LIMITED) {
				throw new org.tierdesk.platform.ConflictException("mail.notDiscardable",
						"Only quarantined or held mail can be discarded.");
			}
			mail.changeOutcome(IntakeOutcome.DISCARDED);
			return this.inbound.save(mail).toView();
		});
	}

	@Override
	public Map<IntakeOutcome, Long> counts() {
		Map<IntakeOutcome, Long> counts = new EnumMap<>(IntakeOutcome.class);
		for (Object[] row : this.inbound.countByOutcome()) {
			counts.put((IntakeOutcome) row[0], ((Number) row[1]).longValue());
		}
		return counts;
	}

	private static void deleteQuietly(Path file) {
		if (file != null) {
			try {
				Files.deleteIfExists(file);
			}
			catch (IOException ex) {
				// a temporary file; the system cleans it up eventually
			}
		}
	}

}
