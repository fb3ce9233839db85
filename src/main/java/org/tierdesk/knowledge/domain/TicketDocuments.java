package org.tierdesk.knowledge.domain;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import jakarta.persistence.EntityManager;

import org.hibernate.search.mapper.orm.Search;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.dao.DataAccessException;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.transaction.support.TransactionTemplate;
import org.tierdesk.knowledge.ArticleDraft;
import org.tierdesk.platform.ConflictException;
import org.tierdesk.platform.TransactionScoped;
import org.tierdesk.ticket.MessageView;
import org.tierdesk.ticket.TicketClosed;
import org.tierdesk.ticket.TicketEscalated;
import org.tierdesk.ticket.TicketManagement;
import org.tierdesk.ticket.TicketOpened;
import org.tierdesk.ticket.TicketQuery;
import org.tierdesk.ticket.TicketPage;
import org.tierdesk.ticket.TicketReopened;
import org.tierdesk.ticket.TicketReplied;
import org.tierdesk.ticket.TicketResolved;
import org.tierdesk.ticket.TicketSentBack;
import org.tierdesk.ticket.TicketUpdated;
import org.tierdesk.ticket.TicketStatus;
import org.tierdesk.ticket.TicketView;

/**
 * Keeps the searchable copies of tickets current: every ticket event refreshes its copy,
 * and queues its indexing, in the ticket's own transaction just before it commits (ticket
 * and copy are stored together or not at all: nothing to replay after a crash, no
 * publication rows, no second transaction per event); a rebuild refreshes them all.
 */
@Component
class TicketDocuments {

	private static final Logger log = LoggerFactory.getLogger(TicketDocuments.class);

	private static final Pattern EMAIL = Pattern.compile("[\\w.%+-]+@[\\w.-]+\\.[a-zA-Z]{2,}");

	private static final Pattern PHONE = Pattern.compile("\\+?\\d[\\d ()./-]{6,}\\d");

	private final TicketManagement tickets;

	private final TicketDocumentRepository documents;

	private final TransactionTemplate transactions;

	private final IndexQueue indexQueue;

	private final EntityManager entityManager;

	TicketDocuments(TicketManagement tickets, TicketDocumentRepository documents,
			PlatformTransactionManager transactionManager, IndexQueue indexQueue, EntityManager entityManager) {
		this.indexQueue = indexQueue;
		this.entityManager = entityManager;
		this.tickets = tickets;
		this.documents = documents;
		this.transactions = new TransactionTemplate(transactionManager);
	}

	@TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT)
	void on(TicketOpened event) {
		refresh(event.ticketId());
	}

	@TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT)
	void on(TicketReplied event) {
		refresh(event.ticketId());
	}

	@TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT)
	void on(TicketEscalated event) {
		refresh(event.ticketId());
	}

	@TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT)
	void on(TicketSentBack event) {
		refresh(event.ticketId());
	}

	@TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT)
	void on(TicketResolved event) {
		refresh(event.ticketId());
	}

	@TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT)
	void on(TicketReopened event) {
		refresh(event.ticketId());
	}

	@TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT)
	void on(TicketUpdated event) {
		refresh(event.ticketId());
	}

	@TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT)
	void on(TicketClosed event) {
		refresh(event.ticketId());
	}

	/**
	 * Copies the ticket's current state and queues its indexing, once per transaction
	 * whatever the number of its events (they all run at the commit, when the ticket is
	 * final). This node indexes the copy in process after the commit without a disk
	 * commit of its own (see {@link IndexQueue#inProcess}): a commit per ticket doubled
	 * the cost of taking in a mail. A copy that cannot be built (not a database error,
	 * which ends the transaction anyway) is no reason to undo the ticket's change: it is
	 * logged, and the next change or a rebuild makes it.
	 */
	void refresh(long ticketId) {
		if (!refreshedInThisTransaction(ticketId)) {
			return;
		}
		try {
			this.tickets.findById(ticketId).ifPresent((ticket) -> {
				long changeId = copy(ticket, true);
				Search.session(this.entityManager)
					.indexingPlanSynchronizationStrategy(this.indexQueue.inProcess(changeId));
			});
		}
		catch (DataAccessException | jakarta.persistence.PersistenceException ex) {
			throw ex;
		}
		catch (RuntimeException ex) {
			log.warn("Could not make the search copy of ticket {}; a rebuild makes it", ticketId, ex);
		}
	}

	/** Whether this is the first refresh of the ticket in the current transaction. */
	private boolean refreshedInThisTransaction(long ticketId) {
		Set<Long> refreshed = TransactionScoped.value(this, HashSet::new);
		return refreshed == null || refreshed.add(ticketId);
	}

	/**
	 * @param queued whether every node's index must follow (a rebuild re-indexes this
	 * node's index itself and is run on each node)
	 * @return the id of the queued change, or -1
	 */
	private long copy(TicketView ticket, boolean queued) {
		List<MessageView> conversation = this.tickets.messages(ticket.id(), true);
		TicketDocument document = this.documents.findById(ticket.id()).orElseGet(() -> new TicketDocument(ticket.id()));
		document.copy(ticket, conversation);
		this.documents.save(document);
		return queued ? this.indexQueue.ticket(ticket.id()) : -1;
	}

	/** Makes the ticket's search copy now when its event has not been handled yet. */
	void ensure(String number) {
		String key = number.strip().toUpperCase(java.util.Locale.ROOT);
		if (this.documents.findByNumber(key).isEmpty()) {
			try {
				this.tickets.find(key)
					.ifPresent((ticket) -> this.transactions.executeWithoutResult((tx) -> copy(ticket, true)));
			}
			catch (org.springframework.dao.DataIntegrityViolationException ex) {
				// the ticket's event listener made the copy at the same moment: it is
				// there
				log.debug("Search copy of {} made concurrently", key, ex);
			}
		}
	}

	/** Refreshes the copy of every ticket, a page per transaction; returns how many. */
	long resyncAll() {
		long count = 0;
		int page = 0;
		TicketPage batch;
		do {
			TicketQuery query = new TicketQuery(Set.of(), true, null, null, null, false, null, null, null, null, false,
					page++, TicketQuery.MAX_SIZE);
			batch = this.tickets.search(query);
			TicketPage current = batch;
			this.transactions.executeWithoutResult((tx) -> current.items().forEach((ticket) -> copy(ticket, false)));
			count += batch.items().size();
		}
		while (batch.hasNext() && page <= TicketQuery.MAX_PAGE);
		log.info("Refreshed the search copies of {} tickets", count);
		return count;
	}

	/**
	 * A draft article from a resolved ticket: the request as the problem, cause and
	 * solution as documented, with the requester's name, e-mail addresses and phone
	 * numbers taken out.
	 */
	ArticleDraft draft(String number) {
		TicketView ticket = this.tickets.get(number);
		if (ticket.solution() == null
				|| (ticket.status() != TicketStatus.RESOLVED && ticket.status() != TicketStatus.CLOSED)) {
			throw new ConflictException("knowledge.error.notResolved", "Ticket {0} has no solution documentation yet.",
					ticket.number());
		}
		List<MessageView> messages = this.tickets.messages(ticket.number(), false);
		String problem = messages.isEmpty() ? "" : messages.get(0).newText();
		String name = ticket.requester().name();
		return new ArticleDraft(ticket.number(), scrub(ticket.subject(), name), scrub(problem, name),
				scrub(ticket.solution().cause(), name), scrub(ticket.solution().solution(), name));
	}

	static String scrub(String text, String requesterName) {
		if (text == null) {
			return "";
		}
		String clean = EMAIL.matcher(text).replaceAll("…");
		clean = PHONE.matcher(clean).replaceAll("…");
		if (requesterName != null && !requesterName.isBlank()) {
			for (String part : requesterName.strip().split("\\s+")) {
				if (part.length() >= 3) {
					clean = Pattern.compile("\\b" + Pattern.quote(part) + "\\b", Pattern.CASE_INSENSITIVE)
						.matcher(clean)
						.replaceAll("…");
				}
			}
		}
		return clean.strip();
	}

}
