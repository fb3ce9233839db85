package org.tierdesk.channel.email;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;
import org.tierdesk.support.H2ApplicationTest;
import org.tierdesk.ticket.MessageView;
import org.tierdesk.ticket.TicketManagement;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every real-world sample mail through the whole intake: nothing is lost (each mail has a
 * record with its original, or is a duplicate of one that has), ordinary mail becomes a
 * ticket, automated mail never does. The GPL samples (RT, Discourse) are read from
 * {@code ../shared/mail-samples} when it is there.
 */
@H2ApplicationTest
@TestPropertySource(properties = "tierdesk.mail.intake.rate-limit=100000")
class MailSamplesIntakeH2IT {

	static final Path OWN = Path.of("src/test/resources/mail-samples");

	static final Path SHARED = Path.of("../shared/mail-samples");

	static final Set<IntakeOutcome> AUTOMATED = EnumSet.of(IntakeOutcome.AUTOMATED, IntakeOutcome.BOUNCE,
			IntakeOutcome.DUPLICATE);

	static final Set<IntakeOutcome> TICKET = EnumSet.of(IntakeOutcome.OPENED, IntakeOutcome.APPENDED,
			IntakeOutcome.DUPLICATE);

	@Autowired
	MailIntake intake;

	@Autowired
	InboundMailLog log;

	@Autowired
	TicketManagement tickets;

	static List<Path> samples(Path folder) throws IOException {
		if (!Files.isDirectory(folder)) {
			return List.of();
		}
		try (Stream<Path> files = Files.walk(folder)) {
			return files.filter(Files::isRegularFile)
				.filter((f) -> !f.getFileName().toString().matches("(?i)(MANIFEST|EXPECTED|LICENSE|expectations).*"))
				.filter((f) -> !f.getFileName().toString().endsWith(".md"))
				.filter((f) -> !f.getFileName().toString().startsWith("expected-output"))
				.sorted()
				.toList();
		}
	}

	IntakeResult receive(Path file) throws IOException {
		IntakeResult result = this.intake.receive(MailSource.gateway("support@tierdesk.test"), RawMail.of(file));
		if (result.outcome() != IntakeOutcome.DUPLICATE) {
			assertThat(result.inboundMailId()).as(file.toString()).isNotNull();
			ByteArrayOutputStream kept = new ByteArrayOutputStream();
			assertThat(this.log.readRaw(result.inboundMailId(), (in) -> {
				try {
					in.transferTo(kept);
				}
				catch (IOException ex) {
					throw new java.io.UncheckedIOException(ex);
				}
			})).isTrue();
			assertThat(kept.toByteArray()).as("original kept for " + file).isEqualTo(Files.readAllBytes(file));
		}
		return result;
	}

	@Test
	void shouldTakeEverySisimaiMailAsAutomatedExceptTheOrdinaryOnes() throws IOException {
		List<String> wrong = new ArrayList<>();
		List<Path> all = samples(OWN.resolve("sisimai"));
		assertThat(all).hasSizeGreaterThan(70);
		for (Path file : all) {
			IntakeResult result = receive(file);
			boolean ordinary = file.getFileName().toString().startsWith("is-not-bounce");
			if (!(ordinary ? TICKET : AUTOMATED).contains(result.outcome())) {
				wrong.add(file.getFileName() + " → " + result.outcome() + " " + result.reason());
			}
		}
		assertThat(wrong).isEmpty();
	}

	@Test
	void shouldOpenTicketsFromTheOrdinaryReplies() throws IOException {
		List<Path> all = new ArrayList<>(samples(OWN.resolve("talon")));
		all.addAll(samples(OWN.resolve("email_reply_parser")));
		all.add(OWN.resolve("gitlab/service_desk_encoding.eml"));
		all.add(OWN.resolve("gitlab/service_desk_forwarded.eml"));
		for (Path file : all) {
			IntakeResult result = receive(file);
			// a sample without a usable sender is quarantined, never dropped
			assertThat(result.outcome()).as(file.toString())
				.isIn(IntakeOutcome.OPENED, IntakeOutcome.APPENDED, IntakeOutcome.DUPLICATE, IntakeOutcome.QUARANTINED);
		}
		// the GitLab fixtures share one Message-ID but are different mails: none is taken
		// for a duplicate
		// Discourse's auto-reply sample is the very same mail as GitLab's: when it came
		// first, this one is a duplicate
		assertThat(receive(OWN.resolve("gitlab/auto_reply.eml")).outcome()).isIn(IntakeOutcome.AUTOMATED,
				IntakeOutcome.DUPLICATE);
	}

	@Test
	void shouldKeepTheForwardedServiceDeskMailWithItsTextAndSender() throws IOException {
		IntakeResult result = receive(OWN.resolve("gitlab/service_desk_encoding.eml"));
		if (result.outcome() == IntakeOutcome.DUPLICATE) {
			return; // taken by the other test in this context already
		}
		MessageView first = this.tickets.messages(result.ticketNumber(), false).get(0);
		assertThat(this.tickets.get(result.ticketNumber()).subject())
			.isEqualTo("Testing encoding iso-8859-2 ťžščľžťťč");
		assertThat(first.body()).contains("ťžščľžťťč");
	}

	@Test
	void shouldHandleTheGplSamplesWhenPresent() throws IOException {
		List<Path> rt = samples(SHARED.resolve("rt"));
		List<Path> discourse = samples(SHARED.resolve("discourse"));
		org.junit.jupiter.api.Assumptions.assumeTrue(!rt.isEmpty() || !discourse.isEmpty(),
				"skipped: the GPL samples in ../shared/mail-samples are not beside the checkout");
		for (Path file : rt) {
			IntakeResult result = receive(file);
			assertThat(result.outcome()).as(file + " " + result.reason())
				.isIn(IntakeOutcome.OPENED, IntakeOutcome.APPENDED, IntakeOutcome.DUPLICATE);
		}
		for (Path file : discourse) {
			String name = file.getFileName().toString();
			IntakeResult result = receive(file);
			if (name.startsWith("auto_") || name.startsWith("bounced")) {
				assertThat(result.outcome()).as(name).isIn(AUTOMATED);
			}
			else {
				assertThat(result.outcome()).as(name).isIn(TICKET);
			}
		}
	}

}
