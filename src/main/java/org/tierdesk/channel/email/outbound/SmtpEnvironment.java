package org.tierdesk.channel.email.outbound;

import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;
import org.springframework.util.StringUtils;

/**
 * Turns Tierdesk's SMTP settings into Spring Boot's {@code spring.mail.*}:
 * {@code TIERDESK_SMTP_HOST}, {@code _PORT}, {@code _USER}, {@code _PASSWORD}, and
 * {@code tierdesk.mail.smtp-security} ({@code none}, {@code starttls} or {@code ssl})
 * into the Jakarta Mail properties that switch on (and require) STARTTLS or SSL with host
 * name checking, plus SMTP AUTH when there is a user name. Only values that are set are
 * mapped, so without a host there is no mail sender at all (mail waits as pending), and
 * {@code spring.mail.*} given directly always wins (this source comes last).
 */
class SmtpEnvironment implements EnvironmentPostProcessor, Ordered {

	static final String SOURCE_NAME = "tierdeskSmtp";

	private static final String JAVAMAIL = "spring.mail.properties.mail.smtp.";

	@Override
	public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
		Map<String, Object> mapped = map(environment);
		if (!mapped.isEmpty()) {
			environment.getPropertySources().addLast(new MapPropertySource(SOURCE_NAME, mapped));
		}
	}

	static Map<String, Object> map(ConfigurableEnvironment environment) {
		Map<String, Object> mapped = new LinkedHashMap<>();
		copy(environment, "TIERDESK_SMTP_HOST", "spring.mail.host", mapped);
		copy(environment, "TIERDESK_SMTP_PORT", "spring.mail.port", mapped);
		copy(environment, "TIERDESK_SMTP_USER", "spring.mail.username", mapped);
		String password = environment.getProperty("TIERDESK_SMTP_PASSWORD");
		if (StringUtils.hasLength(password)) {
			// as given: spaces may belong to a password
			mapped.put("spring.mail.password", password);
		}
		SmtpSecurity security = Binder.get(environment)
			.bind("tierdesk.mail.smtp-security", SmtpSecurity.class)
			.orElse(SmtpSecurity.NONE);
		boolean portGiven = mapped.containsKey("spring.mail.port") || environment.containsProperty("spring.mail.port");
		switch (security) {
			case STARTTLS -> {
				mapped.put(JAVAMAIL + "starttls.enable", "true");
				// never fall back to a plain connection when the server does not offer
				// TLS
				mapped.put(JAVAMAIL + "starttls.required", "true");
				mapped.put(JAVAMAIL + "ssl.checkserveridentity", "true");
				if (!portGiven) {
					mapped.put("spring.mail.port", "587");
				}
			}
			case SSL -> {
				mapped.put(JAVAMAIL + "ssl.enable", "true");
				mapped.put(JAVAMAIL + "ssl.checkserveridentity", "true");
				if (!portGiven) {
					mapped.put("spring.mail.port", "465");
				}
			}
			case NONE -> {
			}
		}
		if (mapped.containsKey("spring.mail.username")
				|| StringUtils.hasText(environment.getProperty("spring.mail.username"))) {
			mapped.put(JAVAMAIL + "auth", "true");
		}
		return mapped;
	}

	private static void copy(ConfigurableEnvironment environment, String from, String to, Map<String, Object> mapped) {
		String value = environment.getProperty(from);
		if (StringUtils.hasText(value)) {
			mapped.put(to, value.strip());
		}
	}

	@Override
	public int getOrder() {
		// after application.properties and the other configuration data are loaded
		return Ordered.LOWEST_PRECEDENCE;
	}

}
