package org.tierdesk.ticket;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.tierdesk.desk.FieldValue;

/**
 * Everything other modules and the screens do with tickets. Mutating methods take the
 * version the caller saw; a different current version means someone else changed the
 * ticket first (a conflict), null skips that check.
 */
public interface TicketManagement {

	/** Opens a ticket at the first tier and gives it a new number. */
	TicketView open(OpenTicketCommand command, Actor actor);

	/** Opens a ticket like {@link #open}, and gives its request message back as well. */
	OpenedTicket openWithRequest(OpenTicketCommand command, Actor actor);

	/** The ticket with this number, if any. */
	Optional<TicketView> find(String number);

	/** The ticket with this internal id (as other modules store it), if any. */
	Optional<TicketView> findById(long id);

	/** The ticket with this number, or a not-found error. */
	TicketView get(String number);

	/** The ticket behind a guest's private link. */
	Optional<TicketView> findByAccessToken(String accessToken);

	/** A ticket with its conversation (internal notes only if asked) and history. */
	TicketDetails details(String number, boolean includeInternal);

	/** The conversation of a ticket (internal notes only if asked). */
	List<MessageView> messages(String number, boolean includeInternal);

	/** The same for a ticket known by id (none for an unknown id). */
	List<MessageView> messages(long ticketId, boolean includeInternal);

	/** The recorded changes of a ticket, oldest first. */
	List<HistoryView> history(String number);

	/**
	 * Adds a reply, an internal note (agents only) or a customer message; a customer
	 * reply may reopen.
	 */
	MessageView addMessage(String number, String body, boolean internal, List<NewAttachment> attachments, Actor actor,
			Long expectedVersion);

	/**
	 * Adds a mail written by the requester or someone in copy to the ticket it threads
	 * into; like a customer reply it opens a pending ticket and reopens a resolved one.
	 * Check {@link #acceptsCustomerReply} first: a closed ticket refuses it.
	 */
	MessageView addMail(String number, String body, MailDetails mail, List<NewAttachment> attachments, Actor author);

	/**
	 * Whether the ticket still takes a customer's reply (not closed, within the reopen
	 * period).
	 */
	boolean acceptsCustomerReply(String number);

	/**
	 * Adds a note by the desk itself (a bounce report, for example), for agents only; it
	 * does not change the ticket's status.
	 */
	MessageView addSystemNote(String number, String body, List<NewAttachment> attachments);

	/**
	 * Changes priority, assignee, department, the open/pending status or custom-field
	 * values, all or nothing.
	 */
	TicketView update(String number, UpdateTicketCommand command, Actor actor, Long expectedVersion);

	/** Moves the ticket to the next tier with a note for that tier. */
	TicketView escalate(String number, String note, Actor actor, Long expectedVersion);

	/** Hands the ticket back to the previous tier with a note. */
	TicketView sendBack(String number, String note, Actor actor, Long expectedVersion);

	/**
	 * Resolves the ticket with its solution documentation (the solution, optionally the
	 * cause).
	 */
	TicketView resolve(String number, String solution, String cause, Actor actor, Long expectedVersion);

	/** Closes a resolved ticket. */
	TicketView close(String number, Actor actor, Long expectedVersion);

	/**
	 * The custom-field values of a ticket (by its internal id), for the fields in use, in
	 * their order.
	 */
	Map<String, FieldValue> fields(long ticketId);

	/** The custom-field values of many tickets at once, by ticket id. */
	Map<Long, Map<String, FieldValue>> fields(Collection<Long> ticketIds);

	/** A page of tickets matching the query. */
	TicketPage search(TicketQuery query);

	/**
	 * Documented solutions containing all the given words, newest first, of the tickets
	 * in this scope only.
	 */
	List<SolutionHit> solutions(String words, int limit, TicketScope scope);

	/** Closes tickets resolved before the cutoff; returns how many. */
	int closeResolvedBefore(Instant cutoff, int limit);

	/** An attachment's bytes. */
	Optional<AttachmentContent> attachment(long attachmentId);

}
