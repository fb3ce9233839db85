package org.tierdesk.workflow;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;
import org.tierdesk.support.H2ApplicationTest;
import org.tierdesk.ticket.Actor;
import org.tierdesk.ticket.Channel;
import org.tierdesk.ticket.OpenTicketCommand;
import org.tierdesk.ticket.TicketManagement;
import org.tierdesk.ticket.TicketStatus;
import org.tierdesk.ticket.TicketView;

import static org.assertj.core.api.Assertions.assertThat;

@H2ApplicationTest
@TestPropertySource(properties = "tierdesk.ticket.reopen-period=1ms")
class AutoCloseJobIT {

	@Autowired
	AutoCloseJob job;

	@Autowired
	TicketManagement tickets;

	@Test
	void shouldCloseResolvedTicketsAfterTheReopenPeriodButLeaveActiveOnes() throws Exception {
		TicketView resolved = open("Resolved long ago");
		TicketView active = open("Still being worked on");
		this.tickets.resolve(resolved.number(), "Fixed it", null, Actor.agent(1L, "Agent", null), null);
		Thread.sleep(20);
		this.job.closeExpired();
		assertThat(this.tickets.get(resolved.number()).status()).isEqualTo(TicketStatus.CLOSED);
		assertThat(this.tickets.get(active.number()).status()).isEqualTo(TicketStatus.NEW);
		assertThat(this.tickets.history(resolved.number()).get(2).actorName()).isEqualTo("Tierdesk");
	}

	private TicketView open(String subject) {
		return this.tickets.open(new OpenTicketCommand(subject, "text", "someone@example.com", "Someone", null,
				Channel.WEB, null, null, List.of()), Actor.system());
	}

}
