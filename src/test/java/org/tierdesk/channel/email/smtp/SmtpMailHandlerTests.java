package org.tierdesk.channel.email.smtp;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.NoSuchFileException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.subethamail.smtp.RejectException;
import org.tierdesk.channel.email.IntakeOutcome;
import org.tierdesk.channel.email.IntakeResult;
import org.tierdesk.channel.email.MailIntake;
import org.tierdesk.channel.email.MailIntakeException;
import org.tierdesk.channel.email.MailSource;
import org.tierdesk.channel.email.RawMail;
import org.tierdesk.channel.email.SupportAddresses;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * One SMTP transaction without a server: which recipients are accepted, what reaches the
 * intake, and which replies a failure gives.
 */
class SmtpMailHandlerTests {

	static final byte[] MAIL = "From: a@customer.test\r\nSubject: Hi\r\n\r\nHello\r\n".getBytes(StandardCharsets.UTF_8);

	final RecordingIntake intake = new RecordingIntake();

	final AtomicInteger endedTransactions = new AtomicInteger();

	static SmtpRecipients recipients(SupportAddresses mailboxes, String... configured) {
		StaticListableBeanFactory beans = new StaticListableBeanFactory();
		if (mailboxes != null) {
			beans.addBean("supportAddresses", mailboxes);
		}
		return new SmtpRecipients(beans.getBeanProvider(SupportAddresses.class), List.of(configured));
	}

	SmtpMailHandler handler(SmtpRecipients recipients, long maxSize) {
		return new SmtpMailHandler(recipients, this.intake, maxSize, "TEST", this.endedTransactions::incrementAndGet);
	}

	@Test
	void shouldHandTheMailToTheIntakeOnceWithTheFirstRecipientsSource() throws Exception {
		MailSource sales = new MailSource("mailbox", 7L, "sales@tierdesk.test", 3L, 1L);
		SupportAddresses mailboxes = (address) -> address.equalsIgnoreCase("sales@tierdesk.test") ? Optional.of(sales)
				: Optional.empty();
		SmtpMailHandler handler = handler(recipients(mailboxes, "support@tierdesk.test"), 1024);

		handler.from("a@customer.test");
		handler.recipient("Support@Tierdesk.test");
		handler.recipient("sales@tierdesk.test");
		String reply = handler.data(new ByteArrayInputStream(MAIL));

		assertThat(reply).startsWith("2.0.0");
		assertThat(this.intake.sources)
			.containsExactly(new MailSource("smtp", null, "support@tierdesk.test", null, null));
		assertThat(this.intake.contents).containsExactly(new String(MAIL, StandardCharsets.UTF_8));
		assertThat(this.endedTransactions).hasValue(0);
	}

	@Test
	void shouldUseTheMailboxOfASupportAddress() throws Exception {
		MailSource sales = new MailSource("mailbox", 7L, "sales@tierdesk.test", 3L, 1L);
		SmtpMailHandler handler = handler(recipients((address) -> Optional.of(sales), "sales@tierdesk.test"), 1024);

		handler.recipient("<sales@tierdesk.test>");
		handler.data(new ByteArrayInputStream(MAIL));

		assertThat(this.intake.sources).containsExactly(sales);
	}

	@Test
	void shouldRefuseUnknownRecipientWith550() {
		SmtpMailHandler handler = handler(recipients((address) -> Optional.empty(), "support@tierdesk.test"), 1024);

		assertThatExceptionOfType(RejectException.class).isThrownBy(() -> handler.recipient("other@tierdesk.test"))
			.satisfies((ex) -> assertThat(ex.getErrorResponse()).startsWith("550 5.1.1"));
		assertThatExceptionOfType(RejectException.class).isThrownBy(() -> handler.recipient("support@tierdesk.org"))
			.satisfies((ex) -> assertThat(ex.getCode()).isEqualTo(550));
	}

	@Test
	void shouldAnswer451WhenTheRecipientCannotBeChecked() {
		SupportAddresses broken = (address) -> {
			throw new IllegalStateException("database down");
		};
		SmtpMailHandler handler = handler(recipients(broken, "support@tierdesk.test"), 1024);

		assertThatExceptionOfType(RejectException.class).isThrownBy(() -> handler.recipient("support@tierdesk.test"))
			.satisfies((ex) -> assertThat(ex.getErrorResponse()).startsWith("451 4.3.0"));
	}

	@Test
	void shouldAnswer451WhenTheIntakeCouldNotStoreTheMail() throws Exception {
		this.intake.failure = (raw) -> {
			throw new MailIntakeException("database down", null);
		};
		SmtpMailHandler handler = handler(recipients(null, "support@tierdesk.test"), 1024);
		handler.recipient("support@tierdesk.test");

		assertThatExceptionOfType(RejectException.class).isThrownBy(() -> handler.data(new ByteArrayInputStream(MAIL)))
			.satisfies((ex) -> assertThat(ex.getErrorResponse()).startsWith("451 4.3.0"));
		assertThat(this.endedTransactions).hasValue(1);
	}

	@Test
	void shouldRefuseTooLargeMailWith552AfterReadingItAll() throws Exception {
		SmtpMailHandler handler = handler(recipients(null, "support@tierdesk.test"), 100);
		handler.recipient("support@tierdesk.test");
		InputStream data = new ByteArrayInputStream(new byte[100_001]);

		assertThatExceptionOfType(RejectException.class).isThrownBy(() -> handler.data(data))
			.satisfies((ex) -> assertThat(ex.getErrorResponse()).startsWith("552 5.3.4"));
		assertThat(data.read()).isEqualTo(-1);
		assertThat(this.intake.sources).isEmpty();
		assertThat(this.endedTransactions).hasValue(1);
	}

	@Test
	void shouldAcceptMailOfExactlyTheLimit() throws Exception {
		SmtpMailHandler handler = handler(recipients(null, "support@tierdesk.test"), MAIL.length);
		handler.recipient("support@tierdesk.test");

		handler.data(new ByteArrayInputStream(MAIL));

		assertThat(this.intake.contents).containsExactly(new String(MAIL, StandardCharsets.UTF_8));
	}

	@Test
	void shouldRemoveTheSpoolFileOnceTheIntakeReturned() throws Exception {
		SmtpMailHandler handler = handler(recipients(null, "support@tierdesk.test"), 1024);
		handler.recipient("support@tierdesk.test");

		handler.data(new ByteArrayInputStream(MAIL));

		assertThatExceptionOfType(NoSuchFileException.class).isThrownBy(() -> this.intake.raws.get(0).open());
	}

	static class RecordingIntake implements MailIntake {

		final List<MailSource> sources = new ArrayList<>();

		final List<String> contents = new ArrayList<>();

		final List<RawMail> raws = new ArrayList<>();

		Function<RawMail, IntakeResult> failure;

		@Override
		public IntakeResult receive(MailSource source, RawMail raw) {
			if (this.failure != null) {
				return this.failure.apply(raw);
			}
			try (InputStream in = raw.open()) {
				this.contents.add(new String(in.readAllBytes(), StandardCharsets.UTF_8));
			}
			catch (IOException ex) {
				throw new IllegalStateException(ex);
			}
			this.sources.add(source);
			this.raws.add(raw);
			return new IntakeResult(IntakeOutcome.OPENED, 1L, "TD-000001", "new_ticket");
		}

		@Override
		public IntakeResult reprocess(long inboundMailId) {
			throw new UnsupportedOperationException();
		}

		@Override
		public IntakeResult promote(long inboundMailId) {
			throw new UnsupportedOperationException();
		}

	}

}
