package org.tierdesk.workflow;

import java.time.Clock;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.tierdesk.ticket.TicketManagement;
import org.tierdesk.ticket.TicketProperties;

/**
 * Closes resolved tickets once the reopen period has passed (default 14 days), in
 * batches, on one node at a time.
 */
@Component
class AutoCloseJob {

	private static final Logger log = LoggerFactory.getLogger(AutoCloseJob.class);

	static final int BATCH = 500;

	private final TicketManagement tickets;

	private final TicketProperties properties;

	private final Clock clock;

	AutoCloseJob(TicketManagement tickets, TicketProperties properties, Clock clock) {
		this.tickets = tickets;
		this.properties = properties;
		this.clock = clock;
	}

	@Scheduled(initialDelayString = "${tierdesk.workflow.auto-close.initial-delay:PT1M}",
			fixedDelayString = "${tierdesk.workflow.auto-close.interval:PT15M}")
	@SchedulerLock(name = "auto-close-resolved-tickets")
	void closeExpired() {
		int total = 0;
		int closed;
		do {
			closed = this.tickets.closeResolvedBefore(this.clock.instant().minus(this.properties.reopenPeriod()),
					BATCH);
			total += closed;
		}
		while (closed == BATCH);
		if (total > 0) {
			log.info("Closed {} resolved tickets after the reopen period of {}", total, this.properties.reopenPeriod());
		}
	}

}
