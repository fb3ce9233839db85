package org.tierdesk.channel.email;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.tierdesk.channel.email.Mailgate.Run;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code bin/tierdesk-mailgate} against a stand-in HTTP server: the request it makes, and
 * the exit code for every kind of answer a mail server must tell apart.
 */
class MailgateScriptTests {

	record Request(String method, String pathAndQuery, String authorization, String contentType, byte[] body) {
	}

	HttpServer server;

	final AtomicReference<Request> received = new AtomicReference<>();

	volatile int status = 201;

	volatile long delayMillis;

	@BeforeEach
	void startServer() throws IOException {
		Mailgate.assumeCurl();
		this.server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
		this.server.createContext("/", this::answer);
		this.server.start();
	}

	@AfterEach
	void stopServer() {
		if (this.server != null) {
			this.server.stop(0);
		}
	}

	private void answer(HttpExchange exchange) throws IOException {
		try (InputStream in = exchange.getRequestBody()) {
			this.received.set(new Request(exchange.getRequestMethod(),
					exchange.getRequestURI().getRawPath() + "?" + exchange.getRequestURI().getRawQuery(),
					exchange.getRequestHeaders().getFirst("Authorization"),
					exchange.getRequestHeaders().getFirst("Content-Type"), in.readAllBytes()));
		}
		try {
			Thread.sleep(this.delayMillis);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
		byte[] answer = "{\"outcome\":\"opened\"}".getBytes(StandardCharsets.UTF_8);
		exchange.sendResponseHeaders(this.status, answer.length);
		exchange.getResponseBody().write(answer);
		exchange.close();
	}

	String url() {
		return "http://127.0.0.1:" + this.server.getAddress().getPort() + "/";
	}

	@Test
	void shouldPostTheMailUnchangedWithTheTokenAndTheRecipient() throws IOException {
		byte[] mail = TestMails.from("a@customer.test").text("Line one\n.\nDot line and ümlaut").bytes();
		Path tokenFile = Files.createTempFile("tierdesk-token-", "");
		Files.writeString(tokenFile, "  td_secret-123 \r\nignored second line\n");
		try {
			Run run = Mailgate.run(mail, Map.of("RECIPIENT", "ignored@tierdesk.test"), "--url", url(), "--to",
					"help+desk@tierdesk.test", "--token-file", tokenFile.toString());

			assertThat(run.exitCode()).as(run.stderr()).isZero();
		}
		finally {
			Files.delete(tokenFile);
		}
		Request request = this.received.get();
		assertThat(request.method()).isEqualTo("POST");
		assertThat(request.pathAndQuery()).isEqualTo("/api/v1/mail/inbound?to=help%2Bdesk@tierdesk.test");
		assertThat(request.authorization()).isEqualTo("Bearer td_secret-123");
		assertThat(request.contentType()).isEqualTo("message/rfc822");
		assertThat(request.body()).isEqualTo(mail);
	}

	@Test
	void shouldTakeTheOriginalRecipientFromPostfix() {
		Run run = Mailgate.run(TestMails.from("a@customer.test").bytes(), Map.of("TIERDESK_TOKEN", "t",
				"ORIGINAL_RECIPIENT", "support@tierdesk.test", "RECIPIENT", "tierdesk@localhost"), "--url", url());

		assertThat(run.exitCode()).as(run.stderr()).isZero();
		assertThat(this.received.get().pathAndQuery()).endsWith("?to=support@tierdesk.test");
	}

	@Test
	void shouldExit75WhenTheDeskCannotStoreTheMailNow() {
		this.status = 503;

		Run run = Mailgate.run(TestMails.from("a@customer.test").bytes(), Map.of("TIERDESK_TOKEN", "t"), "--url",
				url());

		assertThat(run.exitCode()).isEqualTo(75);
		assertThat(run.stderr()).contains("HTTP 503");
	}

	@Test
	void shouldExit75OnAnyUnexpectedAnswer() {
		for (int unexpected : new int[] { 500, 404, 400, 302 }) {
			this.status = unexpected;

			Run run = Mailgate.run(TestMails.from("a@customer.test").bytes(), Map.of("TIERDESK_TOKEN", "t"), "--url",
					url());

			assertThat(run.exitCode()).as("HTTP %d", unexpected).isEqualTo(75);
		}
	}

	@Test
	void shouldExit75WhenTheDeskIsTooSlow() {
		this.delayMillis = 4000;

		Run run = Mailgate.run(TestMails.from("a@customer.test").bytes(), Map.of("TIERDESK_TOKEN", "t"), "--url", url(),
				"--timeout", "1");

		assertThat(run.exitCode()).isEqualTo(75);
		assertThat(run.stderr()).contains("stays queued");
	}

	@Test
	void shouldRefuseBadConfiguration() {
		byte[] mail = TestMails.from("a@customer.test").bytes();

		assertThat(Mailgate.run(mail, Map.of("TIERDESK_TOKEN", "t"), "--url", url(), "--bogus").exitCode())
			.isEqualTo(64);
		assertThat(Mailgate.run(mail, Map.of("TIERDESK_TOKEN", "t")).exitCode()).isEqualTo(64);
		assertThat(Mailgate.run(mail, Map.of("TIERDESK_TOKEN", "t"), "--url", url(), "--timeout", "soon").exitCode())
			.isEqualTo(64);
		assertThat(Mailgate.run(mail, Map.of(), "--url", url()).exitCode()).isEqualTo(77);
		assertThat(Mailgate.run(mail, Map.of(), "--url", url(), "--token-file", "/nonexistent/token").exitCode())
			.isEqualTo(77);
		assertThat(this.received.get()).isNull();
	}

}
