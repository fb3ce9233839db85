package org.tierdesk.channel.email.outbound;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import org.subethamail.smtp.MessageContext;
import org.subethamail.smtp.MessageHandler;
import org.subethamail.smtp.RejectException;
import org.subethamail.smtp.server.SMTPServer;

/**
 * A real SMTP server (SubEtha SMTP) that refuses every recipient whose local part starts
 * with {@code nobody} with "550 5.1.1 User unknown", as a mail server does for an unknown
 * mailbox, and keeps what it accepts. GreenMail accepts every recipient, so it cannot
 * show a permanent refusal.
 */
final class RefusingSmtp {

	private final SMTPServer server;

	private final Map<String, List<MimeMessage>> delivered = new ConcurrentHashMap<>();

	private final AtomicInteger refusals = new AtomicInteger();

	private RefusingSmtp() {
		this.server = SMTPServer.port(0)
			.bindAddress(InetAddress.getLoopbackAddress())
			.messageHandlerFactory(this::handler)
			.build();
		this.server.start();
	}

	static RefusingSmtp start() {
		return new RefusingSmtp();
	}

	int port() {
		return this.server.getPortAllocated();
	}

	void stop() {
		this.server.stop();
	}

	int refusals() {
		return this.refusals.get();
	}

	List<MimeMessage> deliveredTo(String address) {
		return List.copyOf(this.delivered.getOrDefault(address.toLowerCase(Locale.ROOT), List.of()));
	}

	List<MimeMessage> awaitDelivered(String address, int count) {
		return TestSmtp.await("%d mail(s) delivered to %s".formatted(count, address), () -> {
			List<MimeMessage> mails = deliveredTo(address);
			return (mails.size() >= count) ? Optional.of(mails) : Optional.empty();
		});
	}

	private MessageHandler handler(MessageContext context) {
		List<String> recipients = new ArrayList<>();
		return new MessageHandler() {

			@Override
			public void from(String from) {
			}

			@Override
			public void recipient(String recipient) throws RejectException {
				if (recipient.toLowerCase(Locale.ROOT).startsWith("nobody")) {
					RefusingSmtp.this.refusals.incrementAndGet();
					throw new RejectException(550,
							"5.1.1 <" + recipient + ">: Recipient address rejected: User unknown");
				}
				recipients.add(recipient.toLowerCase(Locale.ROOT));
			}

			@Override
			public String data(InputStream data) throws IOException {
				try {
					MimeMessage message = new MimeMessage(Session.getInstance(new Properties()), data);
					message.getContent();
					for (String recipient : recipients) {
						RefusingSmtp.this.delivered.computeIfAbsent(recipient, (r) -> new CopyOnWriteArrayList<>())
							.add(message);
					}
				}
				catch (MessagingException ex) {
					throw new IOException(ex);
				}
				return null;
			}

			@Override
			public void done() {
			}

		};
	}

}
