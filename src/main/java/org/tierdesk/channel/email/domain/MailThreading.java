package org.tierdesk.channel.email.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Component;
import org.tierdesk.channel.email.ParsedMail;
import org.tierdesk.channel.email.TicketReference;
import org.tierdesk.desk.DeskManagement;
import org.tierdesk.ticket.MailDetails.ThreadingReason;
import org.tierdesk.ticket.TicketManagement;
import org.tierdesk.ticket.TicketView;

/**
 * Finds the ticket a mail continues: first by its In-Reply-To, then by its References
 * (newest first), both matched against every Message-ID the desk received or sent; then
 * by a ticket number in the subject. Headers come first because a subject can quote
 * another ticket's number.
 */
@Component
class MailThreading {

	private final MailRecords records;

	private final TicketManagement tickets;

	private final DeskManagement desk;

	private volatile Reference reference;

	MailThreading(MailRecords records, TicketManagement tickets, DeskManagement desk) {
		this.records = records;
		this.tickets = tickets;
		this.desk = desk;
	}

	/** The ticket a mail continues and why, or empty for a new conversation. */
	record Match(TicketView ticket, ThreadingReason reason, String detail) {
	}

	Optional<Match> match(ParsedMail mail) {
		if (mail.inReplyTo().isPresent()) {
			Optional<TicketView> ticket = ticketOf(mail.inReplyTo().get());
			if (ticket.isPresent()) {
				return Optional
					.of(new Match(ticket.get(), ThreadingReason.IN_REPLY_TO, "<" + mail.inReplyTo().get() + ">"));
			}
		}
		List<String> references = new ArrayList<>(mail.references());
		java.util.Collections.reverse(references);
		for (String reference : references.subList(0, Math.min(references.size(), 50))) {
			Optional<TicketView> ticket = ticketOf(reference);
			if (ticket.isPresent()) {
				return Optional.of(new Match(ticket.get(), ThreadingReason.REFERENCES, "<" + reference + ">"));
			}
		}
		Optional<String> number = reference().find(mail.subject());
		if (number.isPresent()) {
			Optional<TicketView> ticket = this.tickets.find(number.get());
			if (ticket.isPresent()) {
				return Optional.of(new Match(ticket.get(), ThreadingReason.SUBJECT_NUMBER, number.get()));
			}
		}
		return Optional.empty();
	}

	/**
	 * The number pattern for the desk's current prefix, built again only when the prefix
	 * changes.
	 */
	private TicketReference reference() {
		String prefix = this.desk.numberFormat().prefix();
		Reference current = this.reference;
		if (current == null || !current.prefix().equals(prefix)) {
			current = new Reference(prefix, new TicketReference(prefix));
			this.reference = current;
		}
		return current.reference();
	}

	private record Reference(String prefix, TicketReference reference) {
	}

	Optional<TicketView> ticketOf(String messageId) {
		return this.records.refOfMessageId(messageId).flatMap((ref) -> this.tickets.findById(ref.ticketId()));
	}

}
