package org.tierdesk.ticket.domain;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.springframework.test.util.ReflectionTestUtils;
import org.tierdesk.platform.ConflictException;
import org.tierdesk.ticket.Actor;
import org.tierdesk.ticket.Channel;
import org.tierdesk.ticket.Priority;
import org.tierdesk.ticket.TicketClosed;
import org.tierdesk.ticket.TicketEscalated;
import org.tierdesk.ticket.TicketOpened;
import org.tierdesk.ticket.TicketReopened;
import org.tierdesk.ticket.TicketResolved;
import org.tierdesk.ticket.TicketStatus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The lifecycle rules of the ticket aggregate, without a database.
 */
class TicketTests {

	static final Instant NOW = Instant.parse("2026-11-22T10:00:00Z");

	static final Duration REOPEN = Duration.ofDays(14);

	static final long LEVEL_1 = 10L;

	static final long LEVEL_2 = 20L;

	static final Actor AGENT = Actor.agent(1L, "Alex", "alex@example.com");

	static Ticket newTicket() {
		Ticket ticket = new Ticket("TD-000001", "Printer jams", "kim@example.com", "Kim", null, Channel.WEB,
				Priority.NORMAL, LEVEL_1, 1L, "token-token-token-token", NOW);
		// as after saving: the database gave it an id
		ReflectionTestUtils.setField(ticket, "id", 7L);
		ticket.opened();
		return ticket;
	}

	@Test
	void shouldStartNewAndActiveAndAnnounceIt() {
		Ticket ticket = newTicket();
		assertThat(ticket.getStatus()).isEqualTo(TicketStatus.NEW);
		assertThat(ticket.getTierId()).isEqualTo(LEVEL_1);
		assertThat(ticket.pendingEvents()).hasOnlyElementsOfType(TicketOpened.class);
	}

	@Test
	void shouldEscalateToNextTierWithNoteAndClearAssignee() {
		Ticket ticket = newTicket();
		ticket.assignTo(5L, NOW);
		ticket.escalate(LEVEL_2, "Needs a specialist", AGENT, NOW.plusSeconds(60));
		assertThat(ticket.getTierId()).isEqualTo(LEVEL_2);
		assertThat(ticket.getAssigneeId()).isNull();
		assertThat(ticket.getEscalationNote()).isEqualTo("Needs a specialist");
		assertThat(ticket.getEscalationFromTierId()).isEqualTo(LEVEL_1);
		assertThat(ticket.pendingEvents()).last().isInstanceOf(TicketEscalated.class);
	}

	@Test
	void shouldOpenWhenAgentRepliesOrAssigns() {
		Ticket replied = newTicket();
		replied.agentReplied(NOW);
		assertThat(replied.getStatus()).isEqualTo(TicketStatus.OPEN);
		Ticket assigned = newTicket();
		assigned.assignTo(3L, NOW);
		assertThat(assigned.getStatus()).isEqualTo(TicketStatus.OPEN);
		Ticket noted = newTicket();
		noted.noteAdded(NOW);
		assertThat(noted.getStatus()).isEqualTo(TicketStatus.NEW);
	}

	@Test
	void shouldResolveRememberingTheTier() {
		Ticket ticket = newTicket();
		ticket.escalate(LEVEL_2, "up", AGENT, NOW);
		ticket.resolve("Replaced the roller", "Worn roller", AGENT, NOW);
		assertThat(ticket.getStatus()).isEqualTo(TicketStatus.RESOLVED);
		assertThat(ticket.getSolution()).isEqualTo("Replaced the roller");
		assertThat(ticket.getResolvedBy()).isEqualTo("Alex");
		assertThat(ticket.pendingEvents()).last().isInstanceOf(TicketResolved.class);
	}

	@Test
	void shouldRefuseToResolveOrEscalateAResolvedTicket() {
		Ticket ticket = newTicket();
		ticket.resolve("Done", null, AGENT, NOW);
		assertThatThrownBy(() -> ticket.resolve("Again", null, AGENT, NOW)).isInstanceOf(ConflictException.class)
			.hasMessageContaining("{1}");
		assertThatThrownBy(() -> ticket.escalate(LEVEL_2, "x", AGENT, NOW)).isInstanceOf(ConflictException.class);
	}

	@Test
	void shouldReopenAtResolvingTierWhenCustomerRepliesWithinPeriod() {
		Ticket ticket = newTicket();
		ticket.escalate(LEVEL_2, "up", AGENT, NOW);
		ticket.resolve("Done", null, AGENT, NOW);
		boolean reopened = ticket.customerReplied(NOW.plus(Duration.ofDays(13)), REOPEN);
		assertThat(reopened).isTrue();
		assertThat(ticket.getStatus()).isEqualTo(TicketStatus.OPEN);
		assertThat(ticket.getTierId()).isEqualTo(LEVEL_2);
		assertThat(ticket.pendingEvents()).last().isInstanceOf(TicketReopened.class);
	}

	@Test
	void shouldRefuseCustomerReplyAfterReopenPeriodOrWhenClosed() {
		Ticket late = newTicket();
		late.resolve("Done", null, AGENT, NOW);
		assertThatThrownBy(() -> late.customerReplied(NOW.plus(Duration.ofDays(15)), REOPEN))
			.isInstanceOf(ConflictException.class);
		Ticket closed = newTicket();
		closed.resolve("Done", null, AGENT, NOW);
		closed.close(NOW);
		assertThat(closed.pendingEvents()).last().isInstanceOf(TicketClosed.class);
		assertThatThrownBy(() -> closed.customerReplied(NOW, REOPEN)).isInstanceOf(ConflictException.class);
		assertThatThrownBy(() -> closed.changePriority(Priority.HIGH, NOW)).isInstanceOf(ConflictException.class);
	}

	@Test
	void shouldOnlyCloseResolvedTickets() {
		Ticket ticket = newTicket();
		assertThatThrownBy(() -> ticket.close(NOW)).isInstanceOf(ConflictException.class);
	}

	@Test
	void shouldMovePendingToOpenOnCustomerReply() {
		Ticket ticket = newTicket();
		ticket.markWaiting(true, NOW);
		assertThat(ticket.getStatus()).isEqualTo(TicketStatus.PENDING);
		assertThat(ticket.customerReplied(NOW, REOPEN)).isFalse();
		assertThat(ticket.getStatus()).isEqualTo(TicketStatus.OPEN);
	}

}
