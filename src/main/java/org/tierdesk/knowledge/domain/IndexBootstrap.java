package org.tierdesk.knowledge.domain;

import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.tierdesk.ticket.TicketManagement;
import org.tierdesk.ticket.TicketQuery;

/**
 * Fills an empty search index at start, in the background: a new index folder (first
 * start, a new node, a deleted folder) gets every article and ticket copy from the
 * database, and tickets from before the knowledge module get their search copies.
 */
@Component
class IndexBootstrap {

	private static final Logger log = LoggerFactory.getLogger(IndexBootstrap.class);

	private final KnowledgeSearch search;

	private final TicketDocuments ticketDocuments;

	private final TicketDocumentRepository documents;

	private final TicketManagement tickets;

	private final IndexMappingVersion mappingVersion;

	IndexBootstrap(KnowledgeSearch search, TicketDocuments ticketDocuments, TicketDocumentRepository documents,
			TicketManagement tickets, IndexMappingVersion mappingVersion) {
		this.search = search;
		this.mappingVersion = mappingVersion;
		this.ticketDocuments = ticketDocuments;
		this.documents = documents;
		this.tickets = tickets;
	}

	@EventListener(ApplicationReadyEvent.class)
	void fillWhenEmpty() {
		Thread thread = new Thread(this::fill, "search-index-bootstrap");
		thread.setDaemon(true);
		thread.start();
	}

	void fill() {
		try {
			boolean ticketsWithoutCopies = this.documents.count() == 0 && !this.tickets
				.search(new TicketQuery(Set.of(), true, null, null, null, false, null, null, null, null, false, 0, 1))
				.items()
				.isEmpty();
			if (ticketsWithoutCopies) {
				this.ticketDocuments.resyncAll();
			}
			if (this.search.indexIsBehind()) {
				log.info("The search index is empty while the database is not: indexing everything");
				long start = System.nanoTime();
				this.search.massIndexWithoutPurge();
				log.info("Indexed everything in {} s: {} documents", (System.nanoTime() - start) / 1_000_000_000.0,
						this.search.indexedCount());
			}
			else if (!this.mappingVersion.isCurrent() && this.search.indexedCount() > 0) {
				log.info("The search index was built with mapping version {} (now {}): indexing everything again",
						this.mappingVersion.indexed(), IndexMappingVersion.CURRENT);
				long start = System.nanoTime();
				this.search.massIndexWithoutPurge();
				log.info("Indexed everything in {} s: {} documents", (System.nanoTime() - start) / 1_000_000_000.0,
						this.search.indexedCount());
			}
			this.mappingVersion.markCurrent();
		}
		catch (RuntimeException ex) {
			log.warn("Could not fill the search index at start; POST /api/v1/admin/search/rebuild does it", ex);
		}
	}

}
