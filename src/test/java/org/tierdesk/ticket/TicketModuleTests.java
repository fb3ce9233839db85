package org.tierdesk.ticket;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;
import org.springframework.modulith.test.Scenario;
import org.springframework.test.context.ContextConfiguration;
import org.tierdesk.support.DatabaseInitializers;

/**
 * The ticket module on its own (with the modules it depends on): its state changes are
 * announced as events that other modules (e-mail, knowledge, workflow) react to.
 */
@ApplicationModuleTest(mode = BootstrapMode.DIRECT_DEPENDENCIES, extraIncludes = "platform")
@ContextConfiguration(initializers = DatabaseInitializers.H2.class)
class TicketModuleTests {

	@org.springframework.beans.factory.annotation.Autowired
	TicketManagement tickets;

	static final Actor AGENT = Actor.agent(1L, "Agent", "agent@example.com");

	@Test
	void shouldAnnounceANewTicket(Scenario scenario) {
		scenario.stimulate(() -> open(this.tickets, "Announce me"))
			.andWaitForEventOfType(TicketOpened.class)
			.matching((event) -> event.channel() == Channel.WEB)
			.toArriveAndVerify((event) -> org.assertj.core.api.Assertions.assertThat(event.number()).isNotBlank());
	}

	@Test
	void shouldAnnounceEscalationWithItsNote(Scenario scenario) {
		scenario.stimulate(() -> {
			TicketView ticket = open(this.tickets, "Escalate me");
			return this.tickets.escalate(ticket.number(), "Needs level 2", AGENT, null);
		})
			.andWaitForEventOfType(TicketEscalated.class)
			.matching((event) -> event.note().equals("Needs level 2"))
			.toArrive();
	}

	@Test
	void shouldAnnounceResolutionWithTheSolution(Scenario scenario) {
		scenario.stimulate(() -> {
			TicketView ticket = open(this.tickets, "Resolve me");
			return this.tickets.resolve(ticket.number(), "Restarted the spooler", "Stuck job", AGENT, null);
		})
			.andWaitForEventOfType(TicketResolved.class)
			.matching((event) -> event.solution().equals("Restarted the spooler") && "Stuck job".equals(event.cause()))
			.toArrive();
	}

	private static TicketView open(TicketManagement tickets, String subject) {
		return tickets.open(new OpenTicketCommand(subject, "text", "someone@example.com", "Someone", null, Channel.WEB,
				null, null, List.of()), Actor.system());
	}

}
