package org.tierdesk.channel.email.outbound.domain;

import java.time.Instant;
import java.util.List;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.tierdesk.channel.email.outbound.OutboundMailKind;
import org.tierdesk.ticket.Channel;
import org.tierdesk.ticket.Priority;
import org.tierdesk.ticket.TicketStatus;
import org.tierdesk.ticket.TicketView;

import static org.assertj.core.api.Assertions.assertThat;

class TicketMailComposerTests {

	@Test
	void shouldReferToEveryEarlierMessageWhileThereAreFew() {
		assertThat(TicketMailComposer.references(List.of("a@x", "b@x", "c@x"), 20)).isEqualTo("a@x b@x c@x");
		assertThat(TicketMailComposer.references(List.of(), 20)).isNull();
	}

	@Test
	void shouldKeepTheFirstAndTheLatestWhenThereAreMany() {
		List<String> ids = IntStream.rangeClosed(1, 30).mapToObj((i) -> "m" + i + "@x").toList();
		String references = TicketMailComposer.references(ids, 5);
		assertThat(references).isEqualTo("m1@x m27@x m28@x m29@x m30@x");
	}

	@Test
	void shouldMakeUniqueMessageIdsInTheDomain() {
		String one = TicketMailComposer.newMessageId("TD-2026-000042", OutboundMailKind.ACKNOWLEDGEMENT, "example.com");
		String two = TicketMailComposer.newMessageId("TD-2026-000042", OutboundMailKind.ACKNOWLEDGEMENT, "example.com");
		assertThat(one).matches("td-2026-000042\\.ack\\.[0-9a-f]{24}@example\\.com").isNotEqualTo(two);
	}

	@Test
	void shouldTakeReplyPrefixesAndTheOwnNumberOutOfTheSubject() {
		assertThat(TicketMailComposer.subjectWithoutNumber(ticket("Re: AW: [TD-000042] Printer broken")))
			.isEqualTo("Printer broken");
		assertThat(TicketMailComposer.subjectWithoutNumber(ticket("Printer broken"))).isEqualTo("Printer broken");
	}

	@Test
	void shouldSendFromTheMailboxAddressElseTheDepartmentsElseTheDesks() {
		org.tierdesk.desk.DepartmentView hr = new org.tierdesk.desk.DepartmentView(3, "HR", true, true,
				"hr@example.com");
		org.tierdesk.desk.DepartmentView general = new org.tierdesk.desk.DepartmentView(1, "General", true);
		java.util.Optional<org.tierdesk.channel.email.MailConversation> none = java.util.Optional.empty();
		assertThat(TicketMailComposer.sender(none, hr, "Help <help@example.com>").orElseThrow().getAddress())
			.isEqualTo("hr@example.com");
		assertThat(TicketMailComposer.sender(none, general, "Help <help@example.com>").orElseThrow().getAddress())
			.isEqualTo("help@example.com");
		assertThat(TicketMailComposer.sender(none, null, null)).isEmpty();
	}

	private static TicketView ticket(String subject) {
		return new TicketView(1, "TD-000042", subject, TicketStatus.NEW, Priority.NORMAL, Channel.EMAIL, null, null,
				new TicketView.Requester("kim@example.com", "Kim", null), null, Instant.now(), Instant.now(), null,
				null, "token", 0);
	}

}
