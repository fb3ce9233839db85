package org.tierdesk.channel.email.outbound;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

/**
 * A GreenMail SMTP server on a port picked at run time that can be stopped and started
 * again on the same port (the application keeps its configured port), and waiting for
 * what the asynchronous listeners and the sending job do. Also the customer's mail server
 * in tests of other packages (the browser test).
 */
public final class TestSmtp {

	private final int port;

	private GreenMail server;

	public TestSmtp() {
		this.port = freePort();
	}

	public int port() {
		return this.port;
	}

	public synchronized void start() {
		ServerSetup setup = new ServerSetup(this.port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP);
		setup.setServerStartupTimeout(10_000);
		this.server = new GreenMail(setup);
		this.server.start();
	}

	public synchronized void stop() {
		if (this.server != null) {
			this.server.stop();
			this.server = null;
		}
	}

	/** The mails delivered to this mailbox so far. */
	public synchronized List<MimeMessage> deliveredTo(String address) {
		if (this.server == null) {
			return List.of();
		}
		return this.server.findReceivedMessages((user) -> user.getEmail().equalsIgnoreCase(address), (m) -> true)
			.toList();
	}

	/** Waits until this mailbox holds {@code count} mails and returns them. */
	public List<MimeMessage> awaitDelivered(String address, int count) {
		return await("%d mail(s) delivered to %s".formatted(count, address), () -> {
			List<MimeMessage> delivered = deliveredTo(address);
			return (delivered.size() >= count) ? Optional.of(delivered) : Optional.empty();
		});
	}

	public static String header(MimeMessage message, String name) {
		try {
			String[] values = message.getHeader(name);
			return (values != null) ? String.join(", ", values) : null;
		}
		catch (MessagingException ex) {
			throw new IllegalStateException(ex);
		}
	}

	public static List<String> headers(MimeMessage message, String name) {
		try {
			String[] values = message.getHeader(name);
			return (values != null) ? Arrays.asList(values) : List.of();
		}
		catch (MessagingException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/** Polls until the supplier has a value, for at most 30 seconds. */
	public static <T> T await(String what, Supplier<Optional<T>> check) {
		Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
		while (true) {
			Optional<T> value = check.get();
			if (value.isPresent()) {
				return value.get();
			}
			if (Instant.now().isAfter(deadline)) {
				throw new AssertionError("Timed out waiting for " + what);
			}
			try {
				Thread.sleep(100);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				throw new AssertionError("Interrupted waiting for " + what);
			}
		}
	}

	public static int freePort() {
		try (ServerSocket socket = new ServerSocket(0)) {
			socket.setReuseAddress(true);
			return socket.getLocalPort();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
