package org.tierdesk.channel.email.outbound;

import org.junit.jupiter.api.Test;
import org.springframework.mock.env.MockEnvironment;

import static org.assertj.core.api.Assertions.assertThat;

class SmtpEnvironmentTests {

	private static final String JAVAMAIL = "spring.mail.properties.mail.smtp.";

	@Test
	void shouldMapTheTierdeskVariablesToSpringMail() {
		MockEnvironment environment = new MockEnvironment().withProperty("TIERDESK_SMTP_HOST", " smtp.example.com ")
			.withProperty("TIERDESK_SMTP_PORT", "2525")
			.withProperty("TIERDESK_SMTP_USER", "desk")
			.withProperty("TIERDESK_SMTP_PASSWORD", " secret ");
		new SmtpEnvironment().postProcessEnvironment(environment, null);
		assertThat(environment.getProperty("spring.mail.host")).isEqualTo("smtp.example.com");
		assertThat(environment.getProperty("spring.mail.port")).isEqualTo("2525");
		assertThat(environment.getProperty("spring.mail.username")).isEqualTo("desk");
		assertThat(environment.getProperty("spring.mail.password")).isEqualTo(" secret ");
		assertThat(environment.getProperty(JAVAMAIL + "auth")).isEqualTo("true");
		assertThat(environment.getProperty(JAVAMAIL + "starttls.enable")).isNull();
	}

	@Test
	void shouldRequireStartTlsOnPort587ByDefault() {
		MockEnvironment environment = new MockEnvironment().withProperty("TIERDESK_SMTP_HOST", "smtp.example.com")
			.withProperty("tierdesk.mail.smtp-security", "starttls");
		new SmtpEnvironment().postProcessEnvironment(environment, null);
		assertThat(environment.getProperty(JAVAMAIL + "starttls.enable")).isEqualTo("true");
		assertThat(environment.getProperty(JAVAMAIL + "starttls.required")).isEqualTo("true");
		assertThat(environment.getProperty(JAVAMAIL + "ssl.checkserveridentity")).isEqualTo("true");
		assertThat(environment.getProperty("spring.mail.port")).isEqualTo("587");
		assertThat(environment.getProperty(JAVAMAIL + "auth")).isNull();
	}

	@Test
	void shouldUseSslFromTheFirstByteOnPort465UnlessAPortIsGiven() {
		MockEnvironment environment = new MockEnvironment().withProperty("spring.mail.host", "smtp.example.com")
			.withProperty("spring.mail.port", "10465")
			.withProperty("tierdesk.mail.smtp-security", "SSL");
		new SmtpEnvironment().postProcessEnvironment(environment, null);
		assertThat(environment.getProperty(JAVAMAIL + "ssl.enable")).isEqualTo("true");
		assertThat(environment.getProperty("spring.mail.port")).isEqualTo("10465");
	}

	@Test
	void shouldLeaveTheHostUnsetWhenNoneIsGivenSoThatNoMailSenderExists() {
		MockEnvironment environment = new MockEnvironment().withProperty("TIERDESK_SMTP_HOST", "");
		new SmtpEnvironment().postProcessEnvironment(environment, null);
		assertThat(environment.containsProperty("spring.mail.host")).isFalse();
		assertThat(environment.getPropertySources().contains(SmtpEnvironment.SOURCE_NAME)).isFalse();
	}

	@Test
	void shouldLetSpringMailGivenDirectlyWin() {
		MockEnvironment environment = new MockEnvironment().withProperty("TIERDESK_SMTP_HOST", "from-variable")
			.withProperty("spring.mail.host", "given-directly");
		new SmtpEnvironment().postProcessEnvironment(environment, null);
		assertThat(environment.getProperty("spring.mail.host")).isEqualTo("given-directly");
	}

}
