package org.tierdesk.channel.email.smtp;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.ssl.SslBundle;
import org.springframework.boot.ssl.SslBundles;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;
import org.subethamail.smtp.MessageContext;
import org.subethamail.smtp.server.SMTPServer;
import org.subethamail.smtp.server.Session;
import org.tierdesk.channel.email.MailIntake;
import org.tierdesk.channel.email.SupportAddresses;

/**
 * The built-in SMTP receiver: a mail server in front of Tierdesk (or a customer's MX)
 * delivers to it, and each accepted mail goes through the mail intake. Started with the
 * application when {@code tierdesk.mail.smtp-receiver.enabled=true}, stopped before it
 * shuts down (a transaction cut short is retried by the sender).
 */
@Component
@ConditionalOnBooleanProperty("tierdesk.mail.smtp-receiver.enabled")
class SmtpReceiver implements SmartLifecycle {

	private static final Logger log = LoggerFactory.getLogger(SmtpReceiver.class);

	private final SmtpReceiverProperties properties;

	private final SmtpRecipients recipients;

	private final MailIntake intake;

	private final ObjectProvider<SslBundles> sslBundles;

	private volatile SMTPServer server;

	SmtpReceiver(SmtpReceiverProperties properties, MailIntake intake,
			ObjectProvider<SupportAddresses> supportAddresses, ObjectProvider<SslBundles> sslBundles) {
		this.properties = properties;
		this.intake = intake;
		this.sslBundles = sslBundles;
		this.recipients = new SmtpRecipients(supportAddresses, properties.addresses());
	}

	@Override
	public synchronized void start() {
		if (this.server != null) {
			return;
		}
		long maxSize = this.properties.maxMessageSize().toBytes();
		SMTPServer.Builder builder = SMTPServer.port(this.properties.port())
			.bindAddress(bindAddress())
			.softwareName("Tierdesk")
			.maxConnections(this.properties.maxConnections())
			.maxRecipients(this.properties.maxRecipients())
			.maxMessageSize((int) maxSize)
			.connectionTimeout((int) Math.min(this.properties.connectionTimeout().toMillis(), Integer.MAX_VALUE),
					TimeUnit.MILLISECONDS)
			.serverThreadName("smtp-receiver")
			.messageHandlerFactory((context) -> new SmtpMailHandler(this.recipients, this.intake, maxSize,
					context.getSessionId(), () -> endTransaction(context)));
		if (this.properties.hostname() != null) {
			builder.hostName(this.properties.hostname());
		}
		if (this.properties.sslBundle() != null) {
			builder.enableTLS(true)
				.startTlsSocketFactory(new StartTls(sslBundle()))
				.requireTLS(this.properties.requireTls());
		}
		SMTPServer started = builder.build();
		started.start();
		this.server = started;
		log.info("SMTP receiver listening on {}:{} ({}; support addresses of the mailboxes{})",
				this.properties.bindAddress(), started.getPortAllocated(),
				(this.properties.sslBundle() == null) ? "no STARTTLS"
						: this.properties.requireTls() ? "STARTTLS required" : "STARTTLS offered",
				this.properties.addresses().isEmpty() ? "" : " and " + this.properties.addresses().size() + " more");
	}

	@Override
	public synchronized void stop() {
		SMTPServer running = this.server;
		if (running != null) {
			this.server = null;
			running.stop();
			log.info("SMTP receiver stopped");
		}
	}

	@Override
	public boolean isRunning() {
		return this.server != null;
	}

	/** The port the receiver listens on (the chosen one when configured as 0). */
	int port() {
		SMTPServer running = this.server;
		if (running == null) {
			throw new IllegalStateException("The SMTP receiver is not running");
		}
		return running.getPortAllocated();
	}

	private static void endTransaction(MessageContext context) {
		if (context instanceof Session session) {
			session.resetMailTransaction();
		}
	}

	private SslBundle sslBundle() {
		SslBundles bundles = this.sslBundles.getIfAvailable();
		if (bundles == null) {
			throw new IllegalStateException(
					"tierdesk.mail.smtp-receiver.ssl-bundle is set but there are no SSL bundles");
		}
		return bundles.getBundle(this.properties.sslBundle());
	}

	private InetAddress bindAddress() {
		try {
			return InetAddress.getByName(this.properties.bindAddress());
		}
		catch (UnknownHostException ex) {
			throw new IllegalStateException(
					"tierdesk.mail.smtp-receiver.bind-address is not a known address: " + this.properties.bindAddress(),
					ex);
		}
	}

}
