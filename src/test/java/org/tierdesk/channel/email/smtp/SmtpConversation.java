package org.tierdesk.channel.email.smtp;

import java.io.ByteArrayOutputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A raw SMTP dialogue for tests that need the exact reply codes: one command at a time,
 * each answered by the server's (possibly multi-line) reply.
 */
final class SmtpConversation implements Closeable {

	record Reply(int code, String text) {

		@Override
		public String toString() {
			return this.code + " " + this.text;
		}

	}

	private final Socket socket;

	private final InputStream in;

	private final OutputStream out;

	private SmtpConversation(Socket socket) throws IOException {
		this.socket = socket;
		this.in = socket.getInputStream();
		this.out = socket.getOutputStream();
	}

	/** Connects and checks the 220 greeting and the EHLO reply. */
	static SmtpConversation open(int port) {
		try {
			Socket socket = new Socket();
			socket.connect(new InetSocketAddress("127.0.0.1", port), 5000);
			socket.setSoTimeout(30_000);
			SmtpConversation conversation = new SmtpConversation(socket);
			assertThat(conversation.reply().code()).isEqualTo(220);
			assertThat(conversation.command("EHLO client.test").code()).isEqualTo(250);
			return conversation;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	Reply command(String line) {
		try {
			this.out.write((line + "\r\n").getBytes(StandardCharsets.US_ASCII));
			this.out.flush();
			return reply();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** DATA, then the mail (dot-stuffed, CRLF lines) and the final dot. */
	Reply data(byte[] mail) {
		Reply go = command("DATA");
		assertThat(go.code()).as(go.toString()).isEqualTo(354);
		try {
			String text = new String(mail, StandardCharsets.ISO_8859_1).replace("\r\n", "\n").replace("\n", "\r\n");
			if (!text.endsWith("\r\n")) {
				text += "\r\n";
			}
			text = text.replace("\r\n.", "\r\n..");
			if (text.startsWith(".")) {
				text = "." + text;
			}
			this.out.write(text.getBytes(StandardCharsets.ISO_8859_1));
			this.out.write(".\r\n".getBytes(StandardCharsets.US_ASCII));
			this.out.flush();
			return reply();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * The mail in BDAT chunks of the given size (RFC 3030, as Microsoft Exchange sends
	 * it); the replies to every chunk, the last one being the reply to the mail.
	 */
	java.util.List<Reply> bdat(byte[] mail, int chunkSize) {
		java.util.List<Reply> replies = new java.util.ArrayList<>();
		try {
			for (int offset = 0; offset < mail.length; offset += chunkSize) {
				int length = Math.min(chunkSize, mail.length - offset);
				boolean last = offset + length >= mail.length;
				this.out.write(("BDAT " + length + (last ? " LAST" : "") + "\r\n").getBytes(StandardCharsets.US_ASCII));
				this.out.write(mail, offset, length);
				this.out.flush();
				replies.add(reply());
			}
			return replies;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private Reply reply() throws IOException {
		StringBuilder text = new StringBuilder();
		while (true) {
			String line = line();
			if (line.length() < 3) {
				throw new IOException("Not an SMTP reply: " + line);
			}
			text.append((text.length() > 0) ? "\n" : "").append(line.length() > 4 ? line.substring(4) : "");
			if (line.length() == 3 || line.charAt(3) == ' ') {
				return new Reply(Integer.parseInt(line.substring(0, 3)), text.toString());
			}
		}
	}

	private String line() throws IOException {
		ByteArrayOutputStream line = new ByteArrayOutputStream();
		int b;
		while ((b = this.in.read()) != -1 && b != '\n') {
			if (b != '\r') {
				line.write(b);
			}
		}
		if (b == -1 && line.size() == 0) {
			throw new IOException("The server closed the connection");
		}
		return line.toString(StandardCharsets.UTF_8);
	}

	@Override
	public void close() {
		try {
			if (!this.socket.isClosed()) {
				command("QUIT");
			}
		}
		catch (RuntimeException ex) {
			// closed by the server already
		}
		try {
			this.socket.close();
		}
		catch (IOException ex) {
			// nothing to do
		}
	}

}
