package org.tierdesk.ticket;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.tierdesk.desk.DeskManagement;
import org.tierdesk.platform.ConflictException;
import org.tierdesk.platform.InvalidInputException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The ticket lifecycle against a real database; run once per supported database by the
 * subclasses.
 */
abstract class TicketLifecycleIntegrationTests {

	@Autowired
	TicketManagement tickets;

	@Autowired
	DeskManagement desk;

	static final Actor AGENT = Actor.agent(1L, "Alex Agent", "alex@example.com");

	TicketView newTicket(String subject) {
		String email = "cust-" + UUID.randomUUID() + "@example.com";
		return this.tickets
			.open(new OpenTicketCommand(subject, "Please help with " + subject, email, "Chris Customer", null,
					Channel.WEB, null, null, List.of(new NewAttachment("log.txt", "text/plain", "line 1".getBytes()))),
					Actor.customer(null, "Chris Customer", email));
	}

	@Test
	void shouldOpenTicketAtFirstTierWithNumberAndAttachment() {
		TicketView ticket = newTicket("Printer jams");
		assertThat(ticket.number()).startsWith(this.desk.numberFormat().prefix() + "-");
		assertThat(ticket.status()).isEqualTo(TicketStatus.NEW);
		assertThat(ticket.tier().level()).isEqualTo(1);
		assertThat(ticket.department().name()).isEqualTo("General");
		List<MessageView> messages = this.tickets.messages(ticket.number(), true);
		assertThat(messages).hasSize(1);
		assertThat(messages.get(0).attachments()).singleElement()
			.satisfies((a) -> assertThat(a.filename()).isEqualTo("log.txt"));
		AttachmentContent content = this.tickets.attachment(messages.get(0).attachments().get(0).id()).orElseThrow();
		assertThat(new String(content.data())).isEqualTo("line 1");
		assertThat(this.tickets.history(ticket.number())).extracting(HistoryView::action)
			.containsExactly(HistoryAction.CREATED);
	}

	@Test
	void shouldEscalateResolveAndFindSolution() {
		TicketView ticket = newTicket("VPN drops every hour");
		TicketView escalated = this.tickets.escalate(ticket.number(), "Needs network team", AGENT, ticket.version());
		assertThat(escalated.tier().level()).isEqualTo(2);
		assertThat(escalated.escalation().note()).isEqualTo("Needs network team");
		assertThatThrownBy(() -> this.tickets.escalate(ticket.number(), "again", AGENT, null))
			.isInstanceOf(ConflictException.class);
		assertThatThrownBy(() -> this.tickets.resolve(ticket.number(), "  ", null, AGENT, null))
			.isInstanceOf(InvalidInputException.class);
		String word = "keepalive" + UUID.randomUUID().toString().substring(0, 8);
		TicketView resolved = this.tickets.resolve(ticket.number(), "Set " + word + " to 30s on the VPN gateway",
				"Idle timeout", AGENT, null);
		assertThat(resolved.status()).isEqualTo(TicketStatus.RESOLVED);
		assertThat(this.tickets.solutions(word.toUpperCase(), 10, org.tierdesk.ticket.TicketScope.all()))
			.singleElement()
			.satisfies((hit) -> assertThat(hit.number()).isEqualTo(ticket.number()));
	}

	@Test
	void shouldReopenAtResolvingTierOnCustomerReply() {
		TicketView ticket = newTicket("Mail quota");
		this.tickets.escalate(ticket.number(), "Exchange admin needed", AGENT, null);
		this.tickets.resolve(ticket.number(), "Raised quota to 50 GB", null, AGENT, null);
		this.tickets.addMessage(ticket.number(), "Still full", false, List.of(),
				Actor.customer(null, "Chris", ticket.requester().email()), null);
		TicketView reopened = this.tickets.get(ticket.number());
		assertThat(reopened.status()).isEqualTo(TicketStatus.OPEN);
		assertThat(reopened.tier().level()).isEqualTo(2);
		assertThat(this.tickets.history(ticket.number())).extracting(HistoryView::action)
			.contains(HistoryAction.REOPENED);
	}

	@Test
	void shouldRefuseStaleVersion() {
		TicketView ticket = newTicket("Stale");
		this.tickets.update(ticket.number(), UpdateTicketCommand.priority(Priority.HIGH), AGENT, ticket.version());
		assertThatThrownBy(() -> this.tickets.update(ticket.number(), UpdateTicketCommand.priority(Priority.LOW), AGENT,
				ticket.version()))
			.isInstanceOf(ConflictException.class);
	}

	@Test
	void shouldCloseResolvedTicketsAfterReopenPeriod() {
		TicketView ticket = newTicket("Old resolved");
		this.tickets.resolve(ticket.number(), "Done", null, AGENT, null);
		int closed = this.tickets.closeResolvedBefore(Instant.now().plusSeconds(60), 1000);
		assertThat(closed).isPositive();
		assertThat(this.tickets.get(ticket.number()).status()).isEqualTo(TicketStatus.CLOSED);
		assertThatThrownBy(() -> this.tickets.addMessage(ticket.number(), "Hello?", false, List.of(),
				Actor.customer(null, "Chris", ticket.requester().email()), null))
			.isInstanceOf(ConflictException.class);
	}

	@Test
	void shouldGiveUniqueNumbersUnderConcurrentCreation() throws Exception {
		ExecutorService pool = Executors.newFixedThreadPool(8);
		try {
			List<Future<String>> futures = new ArrayList<>();
			for (int i = 0; i < 80; i++) {
				futures.add(pool.submit(() -> newTicket("Concurrent").number()));
			}
			Set<String> numbers = new HashSet<>();
			for (Future<String> future : futures) {
				numbers.add(future.get());
			}
			assertThat(numbers).hasSize(80);
		}
		finally {
			pool.shutdownNow();
		}
	}

}
