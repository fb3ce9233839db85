package org.tierdesk.channel.email.smtp;

import java.io.ByteArrayInputStream;
import java.nio.file.Path;
import java.util.Properties;
import java.util.concurrent.TimeUnit;

import jakarta.mail.Address;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.autoconfigure.ssl.SslAutoConfiguration;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.tierdesk.channel.email.MailIntake;
import org.tierdesk.channel.email.TestMails;
import org.tierdesk.channel.email.smtp.SmtpConversation.Reply;
import org.tierdesk.channel.email.smtp.SmtpMailHandlerTests.RecordingIntake;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The receiver is off unless switched on, its settings have safe defaults, and it speaks
 * STARTTLS with an SSL bundle.
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
	void shouldOfferAndRequireStartTlsWithAnSslBundle(@TempDir Path dir) throws Exception {
		Path keystore = dir.resolve("smtp.p12");
		Process keytool = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "keytool").toString(),
				"-genkeypair", "-alias", "smtp", "-keyalg", "RSA", "-keysize", "2048", "-validity", "2", "-dname",
				"CN=localhost", "-ext", "SAN=ip:127.0.0.1,dns:localhost", "-storetype", "PKCS12", "-keystore",
				keystore.toString(), "-storepass", "changeit", "-keypass", "changeit")
			.redirectErrorStream(true)
			.start();
		assertThat(keytool.waitFor(60, TimeUnit.SECONDS)).isTrue();
		assertThat(keytool.exitValue()).as(new String(keytool.getInputStream().readAllBytes())).isZero();

		this.runner.withConfiguration(AutoConfigurations.of(SslAutoConfiguration.class))
			.withPropertyValues("spring.ssl.bundle.jks.smtp.keystore.location=file:" + keystore,
					"spring.ssl.bundle.jks.smtp.keystore.password=changeit",
					"spring.ssl.bundle.jks.smtp.keystore.type=PKCS12", "tierdesk.mail.smtp-receiver.enabled=true",
					"tierdesk.mail.smtp-receiver.port=0", "tierdesk.mail.smtp-receiver.ssl-bundle=smtp",
					"tierdesk.mail.smtp-receiver.require-tls=true",
					"tierdesk.mail.smtp-receiver.addresses=support@tierdesk.test")
			.run((context) -> {
				int port = context.getBean(SmtpReceiver.class).port();
				try (SmtpConversation smtp = SmtpConversation.open(port)) {
					Reply plain = smtp.command("MAIL FROM:<a@customer.test>");
					assertThat(plain.code()).as(plain.toString()).isEqualTo(530);
				}
				Properties settings = new Properties();
				settings.put("mail.smtp.host", "127.0.0.1");
				settings.put("mail.smtp.port", String.valueOf(port));
				settings.put("mail.smtp.starttls.enable", "true");
				settings.put("mail.smtp.starttls.required", "true");
				settings.put("mail.smtp.ssl.trust", "*");
				Session session = Session.getInstance(settings);
				byte[] raw = TestMails.from("a@customer.test").subject("Over TLS").bytes();

				Transport.send(new MimeMessage(session, new ByteArrayInputStream(raw)),
						new Address[] { new InternetAddress("support@tierdesk.test") });

				RecordingIntake intake = (RecordingIntake) context.getBean(MailIntake.class);
				assertThat(intake.contents).singleElement().asString().contains("Subject: Over TLS");
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
