package org.tierdesk.channel.email;

import org.springframework.context.annotation.Configuration;

/**
 * Jakarta Mail settings that must be in place before any mail is parsed or built.
 * <p>
 * Jakarta Mail 2.1 looks its {@code StreamProvider} up again on every use (every
 * {@code InternetHeaders}, {@code MimeMultipart} and encoded header): without a system
 * property naming it, each lookup runs the {@code ServiceLoader} over every jar of the
 * application (jakartaee/mail-api#861). Profiling the mail intake showed this class
 * loading among its largest costs. Naming Angus Mail's provider (the implementation we
 * ship) turns the lookup into a loaded-class check. An explicit
 * {@code -Djakarta.mail.util.StreamProvider=...} is left alone.
 */
@Configuration(proxyBeanMethods = false)
class JakartaMailSettings {

	static final String STREAM_PROVIDER = "jakarta.mail.util.StreamProvider";

	static {
		if (System.getProperty(STREAM_PROVIDER) == null) {
			System.setProperty(STREAM_PROVIDER, "org.eclipse.angus.mail.util.MailStreamProvider");
		}
	}

}
