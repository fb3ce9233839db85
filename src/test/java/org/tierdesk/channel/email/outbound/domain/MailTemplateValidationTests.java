package org.tierdesk.channel.email.outbound.domain;

import org.junit.jupiter.api.Test;
import org.tierdesk.channel.email.outbound.OutboundMailKind;
import org.tierdesk.platform.InvalidInputException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class MailTemplateValidationTests {

	@Test
	void shouldAcceptAKnownSetOfPlaceholders() {
		TemplateText text = new TemplateText("Re: [{ticketNumber}] {subject}", "{replyBody}\n-- {agentName} {link}");
		assertThat(MailTemplateService.validate(OutboundMailKind.REPLY, text)).isEqualTo(text);
	}

	@Test
	void shouldRefuseAnUnknownPlaceholderNamingTheAllowedOnes() {
		TemplateText text = new TemplateText("[{ticketNumber}]", "Dear {requestorName}");
		assertThatThrownBy(() -> MailTemplateService.validate(OutboundMailKind.ACKNOWLEDGEMENT, text))
			.isInstanceOfSatisfying(InvalidInputException.class, (ex) -> {
				assertThat(ex.getField()).isEqualTo("body");
				assertThat(ex.getMessageKey()).isEqualTo("mailout.template.unknownPlaceholder");
				assertThat(ex.getArgs()).containsExactly("{requestorName}",
						"{ticketNumber}, {subject}, {requesterName}, {link}");
			});
	}

	@Test
	void shouldRefuseAPlaceholderOfAnotherKind() {
		TemplateText text = new TemplateText("[{ticketNumber}] {solution}", "{replyBody}");
		assertThatThrownBy(() -> MailTemplateService.validate(OutboundMailKind.REPLY, text)).isInstanceOfSatisfying(
				InvalidInputException.class, (ex) -> assertThat(ex.getField()).isEqualTo("subject"));
	}

	@Test
	void shouldRequireTheTicketNumberInTheSubject() {
		TemplateText text = new TemplateText("Your request {subject}", "Hello");
		assertThatThrownBy(() -> MailTemplateService.validate(OutboundMailKind.ACKNOWLEDGEMENT, text))
			.isInstanceOfSatisfying(InvalidInputException.class,
					(ex) -> assertThat(ex.getMessageKey()).isEqualTo("mailout.template.subjectNeedsNumber"));
	}

	@Test
	void shouldRequireTheReplyInAReplyAndTheSolutionInAResolution() {
		assertThatThrownBy(() -> MailTemplateService.validate(OutboundMailKind.REPLY,
				new TemplateText("[{ticketNumber}]", "Thanks, {agentName}")))
			.isInstanceOfSatisfying(InvalidInputException.class,
					(ex) -> assertThat(ex.getArgs()).containsExactly("{replyBody}"));
		assertThatThrownBy(() -> MailTemplateService.validate(OutboundMailKind.RESOLUTION,
				new TemplateText("[{ticketNumber}]", "Resolved. {cause}")))
			.isInstanceOfSatisfying(InvalidInputException.class,
					(ex) -> assertThat(ex.getArgs()).containsExactly("{solution}"));
	}

	@Test
	void shouldRequireSubjectAndBody() {
		assertThatThrownBy(() -> MailTemplateService.validate(OutboundMailKind.REPLY, new TemplateText(" ", "x")))
			.isInstanceOfSatisfying(InvalidInputException.class,
					(ex) -> assertThat(ex.getMessageKey()).isEqualTo("validation.required"));
	}

}
