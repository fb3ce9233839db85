package org.tierdesk.channel.email.smtp;

import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.tierdesk.channel.email.MailIntake;
import org.tierdesk.channel.email.smtp.SmtpMailHandlerTests.RecordingIntake;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The receiver is off unless switched on, and its settings have safe defaults.
 */
class SmtpReceiverConfigurationTests {

	final ApplicationContextRunner runner = new ApplicationContextRunner()
		.withBean(MailIntake.class, RecordingIntake::new)
		.withUserConfiguration(Settings.class, SmtpReceiver.class);

	@EnableConfigurationProperties(SmtpReceiverProperties.class)
	static class Settings {

	}

	@Test
	void shouldBeOffByDefault() {
		this.runner.run((context) -> {
			assertThat(context).doesNotHaveBean(SmtpReceiver.class);
			SmtpReceiverProperties defaults = context.getBean(SmtpReceiverProperties.class);
			assertThat(defaults.enabled()).isFalse();
			assertThat(defaults.port()).isEqualTo(2525);
			assertThat(defaults.bindAddress()).isEqualTo("127.0.0.1");
			assertThat(defaults.maxMessageSize().toMegabytes()).isEqualTo(64);
			assertThat(defaults.maxRecipients()).isEqualTo(100);
			assertThat(defaults.addresses()).isEmpty();
		});
	}

	@Test
	void shouldListenWhenEnabledAndStopWithTheApplication() {
		this.runner
			.withPropertyValues("tierdesk.mail.smtp-receiver.enabled=true", "tierdesk.mail.smtp-receiver.port=0",
					"tierdesk.mail.smtp-receiver.addresses=support@tierdesk.test")
			.run((context) -> {
				SmtpReceiver receiver = context.getBean(SmtpReceiver.class);
				assertThat(receiver.isRunning()).isTrue();
				try (SmtpConversation smtp = SmtpConversation.open(receiver.port())) {
					assertThat(smtp.command("MAIL FROM:<a@customer.test>").code()).isEqualTo(250);
					assertThat(smtp.command("RCPT TO:<support@tierdesk.test>").code()).isEqualTo(250);
				}
				context.close();
				assertThat(receiver.isRunning()).isFalse();
			});
	}

}
