package org.tierdesk.channel.email.outbound.domain;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;
import org.tierdesk.channel.email.MailConversation;
import org.tierdesk.channel.email.MailThreads;
import org.tierdesk.channel.email.outbound.OutboundMailKind;
import org.tierdesk.channel.email.outbound.OutboundMailKind.Placeholder;
import org.tierdesk.channel.email.outbound.OutboundMailProperties;
import org.tierdesk.ticket.AttachmentView;
import org.tierdesk.ticket.AuthorType;
import org.tierdesk.ticket.MessageView;
import org.tierdesk.ticket.TicketManagement;
import org.tierdesk.ticket.TicketOpened;
import org.tierdesk.ticket.TicketReplied;
import org.tierdesk.ticket.TicketResolved;
import org.tierdesk.ticket.TicketView;

/**
 * Queues the mail a ticket event calls for: the acknowledgement of a new ticket, an
 * agent's reply (not internal notes), the resolution. Each runs in the transaction that
 * changed the ticket, just before it commits (ADR 0009): the ticket and its mail are
 * stored together or not at all, so no mail is lost on a crash and none is queued for a
 * change that was rolled back; sending is the {@link OutboundMailJob}'s, after the
 * commit. The Message-ID is recorded with {@link MailThreads} in the same transaction, so
 * replies to it find the ticket and the desk's own mail coming back is recognised. A mail
 * that cannot be written (a broken template) is queued as failed with the reason; it
 * never undoes the ticket's change.
 */
@Component
class TicketMailListener {

	private static final Logger log = LoggerFactory.getLogger(TicketMailListener.class);

	private final TicketManagement tickets;

	private final TicketMailComposer composer;

	private final OutboundMailRepository mails;

	private final MailThreads threads;

	private final OutboundMailProperties properties;

	private final Clock clock;

	TicketMailListener(TicketManagement tickets, TicketMailComposer composer, OutboundMailRepository mails,
			MailThreads threads, OutboundMailProperties properties, Clock clock) {
		this.tickets = tickets;
		this.composer = composer;
		this.mails = mails;
		this.threads = threads;
		this.properties = properties;
		this.clock = clock;
	}

	@TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT)
	void on(TicketOpened event) {
		if (!this.properties.acknowledge()) {
			return;
		}
		// a ticket opens once, in this transaction: the key cannot exist yet
		String key = "ack:" + event.ticketId();
		Optional<MailConversation> conversation = this.threads.conversation(event.ticketId());
		if (conversation.map(MailConversation::noAutoReply).orElse(false)) {
			log.debug("Ticket {} came by a mail that asked for no automatic answer; no acknowledgement",
					event.number());
			return;
		}
		// by id: the ticket this transaction just wrote, without another query
		TicketView ticket = this.tickets.findById(event.ticketId()).orElseGet(() -> this.tickets.get(event.number()));
		queue(key, OutboundMailKind.ACKNOWLEDGEMENT, ticket, () -> this.composer
			.compose(OutboundMailKind.ACKNOWLEDGEMENT, ticket, conversation, null, Map.of(), List.of()));
	}

	@TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT)
	void on(TicketReplied event) {
		if (event.authorType() != AuthorType.AGENT || event.internal()) {
			return;
		}
		// the message was written in this transaction: the key cannot exist yet
		String key = "reply:" + event.messageId();
		MessageView message = this.tickets.messages(event.number(), false)
			.stream()
			.filter((m) -> m.id() == event.messageId())
			.findFirst()
			.orElse(null);
		if (message == null) {
			log.warn("Reply {} of ticket {} not found; no mail sent", event.messageId(), event.number());
			return;
		}
		Map<String, String> values = new LinkedHashMap<>();
		values.put(Placeholder.REPLY_BODY, message.body());
		values.put(Placeholder.AGENT_NAME, message.authorName());
		TicketView ticket = this.tickets.get(event.number());
		queue(key, OutboundMailKind.REPLY, ticket, () -> this.composer.compose(OutboundMailKind.REPLY, ticket,
				message.id(), values, message.attachments().stream().map(AttachmentView::id).toList()));
	}

	@TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT)
	void on(TicketResolved event) {
		TicketView ticket = this.tickets.get(event.number());
		// a ticket may be resolved again after a reopen: each resolution is its own mail
		String key = "resolution:" + event.ticketId() + ":"
				+ ((ticket.solution() != null && ticket.solution().resolvedAt() != null)
						? ticket.solution().resolvedAt().toEpochMilli() : this.clock.millis());
		if (this.mails.existsByEventKey(key)) {
			return;
		}
		Map<String, String> values = new LinkedHashMap<>();
		values.put(Placeholder.SOLUTION, event.solution());
		values.put(Placeholder.CAUSE, (event.cause() != null) ? event.cause() : "");
		values.put(Placeholder.AGENT_NAME, (ticket.solution() != null) ? ticket.solution().resolvedBy() : "");
		queue(key, OutboundMailKind.RESOLUTION, ticket,
				() -> this.composer.compose(OutboundMailKind.RESOLUTION, ticket, null, values, List.of()));
	}

	private void queue(String key, OutboundMailKind kind, TicketView ticket, Supplier<ComposedMail> composer) {
		ComposedMail composed;
		try {
			composed = composer.get();
		}
		catch (RuntimeException ex) {
			// rendering is no reason to undo the ticket's change: the mail is kept as
			// failed, with the reason, for admins to see
			log.error("{} for ticket {} could not be written", kind, ticket.number(), ex);
			String to = (ticket.requester().email() != null) ? ticket.requester().email() : "";
			composed = new ComposedMail(kind, ticket.id(), ticket.number(), null, null, to, null, null,
					"[" + ticket.number() + "] " + ticket.subject(), "", null,
					TicketMailComposer.newMessageId(ticket.number(), kind, "localhost"), null, null,
					this.properties.defaultLanguage(), List.of(), "Not sent: the mail could not be written: " + ex);
		}
		queue(key, composed);
	}

	private void queue(String key, ComposedMail composed) {
		OutboundMail mail = new OutboundMail(composed, key, this.clock.instant());
		if (composed.refusal() != null) {
			mail.refuse(composed.refusal());
			log.info("{} for ticket {} not sent: {}", composed.kind(), composed.ticketNumber(), composed.refusal());
		}
		this.mails.save(mail);
		this.threads.recordOutgoing(composed.ticketId(), composed.ticketMessageId(), composed.messageId());
	}

}
