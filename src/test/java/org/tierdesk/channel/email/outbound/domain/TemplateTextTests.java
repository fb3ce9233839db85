package org.tierdesk.channel.email.outbound.domain;

import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class TemplateTextTests {

	@Test
	void shouldFillInPlaceholders() {
		TemplateText text = new TemplateText("[{ticketNumber}] {subject}", "Hello {requesterName},\n\nSee {link}\n");
		Map<String, String> values = Map.of("ticketNumber", "TD-000042", "subject", "Printer broken", "requesterName",
				"Kim", "link", "https://desk.example.com/portal/t/abc");
		assertThat(text.renderSubject(values)).isEqualTo("[TD-000042] Printer broken");
		assertThat(text.renderBody(values)).isEqualTo("Hello Kim,\n\nSee https://desk.example.com/portal/t/abc\n");
	}

	@Test
	void shouldLeaveOutALineWhosePlaceholdersAreAllEmpty() {
		TemplateText text = new TemplateText("s", "Solution:\n{solution}\n\nCause: {cause}\n\nBy {agentName}.");
		String body = text.renderBody(Map.of("solution", "Restarted", "cause", "", "agentName", "Sam"));
		assertThat(body).isEqualTo("Solution:\nRestarted\n\n\nBy Sam.\n").doesNotContain("Cause");
	}

	@Test
	void shouldKeepTheSubjectOnOneLineWhateverTheValues() {
		TemplateText text = new TemplateText("[{ticketNumber}] {subject}", "x");
		assertThat(text.renderSubject(Map.of("ticketNumber", "TD-1", "subject", "Hi\r\nBcc: evil@example.com")))
			.isEqualTo("[TD-1] Hi Bcc: evil@example.com");
	}

	@Test
	void shouldLeaveUnknownNamesAsWrittenAndListAllPlaceholders() {
		TemplateText text = new TemplateText("{ticketNumber}", "Dear {requestor}, {subject} {ticketNumber}");
		assertThat(text.placeholders()).containsExactly("ticketNumber", "requestor", "subject");
		assertThat(text.renderBody(Map.of("subject", "S"))).isEqualTo("Dear {requestor}, S {ticketNumber}\n");
	}

	@Test
	void shouldNormaliseLineBreaks() {
		assertThat(new TemplateText("s", "a\r\nb\rc").body()).isEqualTo("a\nb\nc");
	}

}
