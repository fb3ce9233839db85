import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Properties;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.Session;
import jakarta.mail.Store;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.util.SharedFileInputStream;

/**
 * Load generator for the mail-ingestion benchmark (bench/mail-ingest.sh): APPENDs mails into
 * an IMAP folder, the way a mail server's delivery puts them there.
 *
 * <pre>
 * java -cp $CP bench/MailLoad.java [options] burst N
 * java -cp $CP bench/MailLoad.java [options] rate R SECONDS
 * java -cp $CP bench/MailLoad.java [options] big MEGABYTES
 * options: --host 127.0.0.1 --port 3143 --user support --password secret --folder INBOX
 *          --to support@tierdesk.test --run RUN --senders 300 --attach-every 10 --attach-kb 200
 *          --connections 4 (burst only) --sent-file FILE (CSV "seq,subject,sent_ms,bytes"; default bench/results/mail-RUN.sent.csv)
 * </pre>
 *
 * Every mail has the subject {@code bench-<run>-<seq>}, a unique Message-ID and an
 * {@code X-Bench-Sent: <epoch ms>} header with the moment its APPEND started (also written to
 * the sent file, which the script joins with the tickets). Every {@code attach-every}-th mail
 * carries an attachment of {@code attach-kb} KB of random bytes (base64). Mails are
 * multipart/alternative (text and HTML) like a mail client's; senders rotate over
 * {@code senders} addresses that are unique to the run (the per-sender limit of the intake
 * counts tickets per sender in 10 minutes). The bodies are built before the clock starts.
 *
 * burst: everything is prepared, then appended as fast as the server takes it over
 * {@code connections} (4) IMAP connections in parallel.
 * rate: R mails a second for SECONDS seconds, on a fixed schedule (a late APPEND does not
 * shift the ones after it; lateness is reported). big: one mail with one attachment of that
 * many MB (streamed from a temporary file, so the loader stays small too).
 */
public class MailLoad {

	static String host = "127.0.0.1";

	static int port = 3143;

	static String user = "support";

	static String password = "secret";

	static String folderName = "INBOX";

	static String to = "support@tierdesk.test";

	static String run = String.valueOf(System.currentTimeMillis() / 1000 % 100000);

	static int senders = 300;

	static int attachEvery = 10;

	static int attachKb = 200;

	static String sentFile;

	static int connections = 4;

	static final Random random = new Random(42);

	public static void main(String[] args) throws Exception {
		List<String> rest = new ArrayList<>();
		for (int i = 0; i < args.length; i++) {
			String a = args[i];
			if (a.startsWith("--")) {
				String v = args[++i];
				switch (a) {
					case "--host" -> host = v;
					case "--port" -> port = Integer.parseInt(v);
					case "--user" -> user = v;
					case "--password" -> password = v;
					case "--folder" -> folderName = v;
					case "--to" -> to = v;
					case "--run" -> run = v;
					case "--senders" -> senders = Integer.parseInt(v);
					case "--attach-every" -> attachEvery = Integer.parseInt(v);
					case "--attach-kb" -> attachKb = Integer.parseInt(v);
					case "--sent-file" -> sentFile = v;
					case "--connections" -> connections = Integer.parseInt(v);
					default -> throw new IllegalArgumentException("unknown option " + a);
				}
			}
			else {
				rest.add(a);
			}
		}
		if (rest.isEmpty()) {
			throw new IllegalArgumentException("mode missing: burst N | rate R SECONDS | big MB");
		}
		if (sentFile == null) {
			sentFile = "bench/results/mail-" + run + ".sent.csv";
		}
		Properties props = new Properties();
		props.setProperty("mail.imap.connectiontimeout", "10000");
		props.setProperty("mail.imap.timeout", "120000");
		Session session = Session.getInstance(props);
		try (Store store = session.getStore("imap"); PrintWriter sent = new PrintWriter(
				Files.newBufferedWriter(Path.of(sentFile), StandardCharsets.UTF_8))) {
			store.connect(host, port, user, password);
			Folder folder = store.getFolder(folderName);
			folder.open(Folder.READ_WRITE);
			sent.println("seq,subject,sent_ms,bytes");
			switch (rest.get(0)) {
				case "burst" -> burst(session, folder, Integer.parseInt(rest.get(1)), sent);
				case "rate" -> rate(session, folder, Integer.parseInt(rest.get(1)), Integer.parseInt(rest.get(2)), sent);
				case "big" -> big(session, folder, Integer.parseInt(rest.get(1)), sent);
				default -> throw new IllegalArgumentException("unknown mode " + rest.get(0));
			}
			folder.close(false);
		}
	}

	static void burst(Session session, Folder folder, int n, PrintWriter sent) throws Exception {
		List<byte[]> bodies = new ArrayList<>(n);
		for (int seq = 1; seq <= n; seq++) {
			bodies.add(body(seq));
		}
		long start = System.currentTimeMillis();
		AtomicLong bytes = new AtomicLong();
		List<Thread> threads = new ArrayList<>();
		List<Throwable> failures = java.util.Collections.synchronizedList(new ArrayList<>());
		for (int c = 0; c < connections; c++) {
			int first = c + 1;
			Thread thread = new Thread(() -> {
				try (Store store = session.getStore("imap")) {
					store.connect(host, port, user, password);
					Folder own = store.getFolder(folderName);
					own.open(Folder.READ_WRITE);
					for (int seq = first; seq <= n; seq += connections) {
						long now = System.currentTimeMillis();
						byte[] mail = mail(seq, now, bodies.get(seq - 1));
						bytes.addAndGet(mail.length);
						append(session, own, mail);
						synchronized (sent) {
							sent.println(seq + "," + subject(seq) + "," + now + "," + mail.length);
						}
					}
					own.close(false);
				}
				catch (Throwable ex) {
					failures.add(ex);
				}
			}, "append-" + c);
			thread.start();
			threads.add(thread);
		}
		for (Thread thread : threads) {
			thread.join();
		}
		long end = System.currentTimeMillis();
		sent.flush();
		if (!failures.isEmpty()) {
			throw new IllegalStateException("APPEND failed", failures.get(0));
		}
		System.out.printf("burst: %d mails, %.1f MB appended over %d connections in %d ms (%.0f mails/s)%n", n,
				bytes.get() / 1e6, connections, end - start, n * 1000.0 / Math.max(1, end - start));
	}

	static void rate(Session session, Folder folder, int perSecond, int seconds, PrintWriter sent) throws Exception {
		int n = perSecond * seconds;
		List<byte[]> bodies = new ArrayList<>(n);
		for (int seq = 1; seq <= n; seq++) {
			bodies.add(body(seq));
		}
		long intervalNanos = TimeUnit.SECONDS.toNanos(1) / perSecond;
		long t0 = System.nanoTime();
		long maxLate = 0;
		long totalLate = 0;
		long start = System.currentTimeMillis();
		for (int seq = 1; seq <= n; seq++) {
			long due = t0 + (seq - 1) * intervalNanos;
			long wait = due - System.nanoTime();
			if (wait > 0) {
				TimeUnit.NANOSECONDS.sleep(wait);
			}
			long late = Math.max(0, System.nanoTime() - due) / 1_000_000;
			maxLate = Math.max(maxLate, late);
			totalLate += late;
			long now = System.currentTimeMillis();
			byte[] mail = mail(seq, now, bodies.get(seq - 1));
			append(session, folder, mail);
			sent.println(seq + "," + subject(seq) + "," + now + "," + mail.length);
		}
		long end = System.currentTimeMillis();
		sent.flush();
		System.out.printf("rate: %d mails at %d/s in %d ms (achieved %.1f/s), APPEND late by avg %d ms, max %d ms%n",
				n, perSecond, end - start, n * 1000.0 / Math.max(1, end - start), totalLate / n, maxLate);
	}

	static void big(Session session, Folder folder, int megabytes, PrintWriter sent) throws Exception {
		Path file = Files.createTempFile("mailload-big-", ".eml");
		try {
			long now = System.currentTimeMillis();
			String boundary = "=_bench_big_" + run;
			StringBuilder head = new StringBuilder();
			head.append(headers(1, now))
				.append("Content-Type: multipart/mixed; boundary=\"")
				.append(boundary)
				.append("\"\r\n\r\n")
				.append("--")
				.append(boundary)
				.append("\r\nContent-Type: text/plain; charset=UTF-8\r\n\r\n")
				.append(text(1))
				.append("\r\n--")
				.append(boundary)
				.append("\r\nContent-Type: application/octet-stream; name=\"big-")
				.append(megabytes)
				.append("MB.bin\"\r\nContent-Disposition: attachment; filename=\"big-")
				.append(megabytes)
				.append("MB.bin\"\r\nContent-Transfer-Encoding: base64\r\n\r\n");
			try (var out = Files.newOutputStream(file)) {
				out.write(head.toString().getBytes(StandardCharsets.UTF_8));
				byte[] chunk = new byte[57 * 1024];
				Base64.Encoder mime = Base64.getMimeEncoder(76, "\r\n".getBytes(StandardCharsets.US_ASCII));
				long remaining = megabytes * 1024L * 1024L;
				while (remaining > 0) {
					int len = (int) Math.min(chunk.length, remaining);
					random.nextBytes(chunk);
					byte[] data = (len == chunk.length) ? chunk : java.util.Arrays.copyOf(chunk, len);
					out.write(mime.encode(data));
					out.write("\r\n".getBytes(StandardCharsets.US_ASCII));
					remaining -= len;
				}
				out.write(("--" + boundary + "--\r\n").getBytes(StandardCharsets.US_ASCII));
			}
			long size = Files.size(file);
			long start = System.currentTimeMillis();
			try (var in = new SharedFileInputStream(file.toFile())) {
				MimeMessage message = new MimeMessage(session, in);
				folder.appendMessages(new Message[] { message });
			}
			sent.println("1," + subject(1) + "," + now + "," + size);
			sent.flush();
			System.out.printf("big: one mail of %.1f MB appended in %d ms%n", size / 1e6,
					System.currentTimeMillis() - start);
		}
		finally {
			Files.deleteIfExists(file);
		}
	}

	static void append(Session session, Folder folder, byte[] mail) throws Exception {
		MimeMessage message = new MimeMessage(session, new ByteArrayInputStream(mail));
		folder.appendMessages(new Message[] { message });
	}

	static String subject(int seq) {
		return "bench-" + run + "-" + seq;
	}

	static String headers(int seq, long sentMs) {
		int sender = seq % senders;
		return "Return-Path: <c" + sender + "-" + run + "@customers.example>\r\n"
				+ "Received: from mx.customers.example (mx.customers.example [192.0.2.10])\r\n"
				+ "\tby mail.tierdesk.test with ESMTPS id bench" + run + seq + "\r\n\tfor <" + to + ">; "
				+ rfc822Date(sentMs) + "\r\n" + "From: \"Customer " + sender + "\" <c" + sender + "-" + run
				+ "@customers.example>\r\n" + "To: Support <" + to + ">\r\n" + "Subject: " + subject(seq) + "\r\n"
				+ "Date: " + rfc822Date(sentMs) + "\r\n" + "Message-ID: <bench-" + run + "-" + seq
				+ "@customers.example>\r\n" + "MIME-Version: 1.0\r\n"
				+ "User-Agent: Mozilla/5.0 (X11; Linux x86_64; rv:128.0) Gecko/20100101 Thunderbird/128.5.0\r\n"
				+ "Content-Language: en-US\r\n" + "X-Bench-Sent: " + sentMs + "\r\n";
	}

	static String rfc822Date(long ms) {
		return java.time.format.DateTimeFormatter.RFC_1123_DATE_TIME
			.format(java.time.ZonedDateTime.ofInstant(java.time.Instant.ofEpochMilli(ms), java.time.ZoneOffset.UTC));
	}

	static String text(int seq) {
		return "Hello support,\r\n\r\nsince this morning the printer on the third floor (request " + seq
				+ ") shows\r\nan error when I try to print a document of more than ten pages. I have\r\n"
				+ "switched it off and on again, and checked that there is paper in every\r\ntray. "
				+ "Colleagues see the same. Could you have a look?\r\n\r\n"
				+ "The error text is: \"E-203: finisher unit not ready\".\r\n\r\nKind regards,\r\nA customer\r\n";
	}

	/** Everything after the headers: the MIME body, prepared before the clock starts. */
	static byte[] body(int seq) {
		String alt = "=_bench_alt_" + seq;
		String text = text(seq);
		String html = "<html><head><meta charset=\"utf-8\"></head><body><p>Hello support,</p>"
				+ "<p>since this morning the printer on the <b>third floor</b> (request " + seq
				+ ") shows an error when I try to print a document of more than ten pages. I have switched it off "
				+ "and on again, and checked that there is paper in every tray. Colleagues see the same. "
				+ "Could you have a look?</p><p>The error text is: <i>E-203: finisher unit not ready</i>.</p>"
				+ "<p>Kind regards,<br>A customer</p></body></html>";
		StringBuilder alternative = new StringBuilder();
		alternative.append("--")
			.append(alt)
			.append("\r\nContent-Type: text/plain; charset=UTF-8; format=flowed\r\nContent-Transfer-Encoding: 7bit\r\n\r\n")
			.append(text)
			.append("\r\n--")
			.append(alt)
			.append("\r\nContent-Type: text/html; charset=UTF-8\r\nContent-Transfer-Encoding: 7bit\r\n\r\n")
			.append(html)
			.append("\r\n--")
			.append(alt)
			.append("--\r\n");
		boolean attach = attachEvery > 0 && seq % attachEvery == 0;
		if (!attach) {
			return ("Content-Type: multipart/alternative; boundary=\"" + alt + "\"\r\n\r\n" + alternative)
				.getBytes(StandardCharsets.UTF_8);
		}
		String mixed = "=_bench_mixed_" + seq;
		byte[] data = new byte[attachKb * 1024];
		random.nextBytes(data);
		String encoded = Base64.getMimeEncoder(76, "\r\n".getBytes(StandardCharsets.US_ASCII)).encodeToString(data);
		return ("Content-Type: multipart/mixed; boundary=\"" + mixed + "\"\r\n\r\n--" + mixed
				+ "\r\nContent-Type: multipart/alternative; boundary=\"" + alt + "\"\r\n\r\n" + alternative + "\r\n--"
				+ mixed + "\r\nContent-Type: application/pdf; name=\"report-" + seq
				+ ".pdf\"\r\nContent-Disposition: attachment; filename=\"report-" + seq
				+ ".pdf\"\r\nContent-Transfer-Encoding: base64\r\n\r\n" + encoded + "\r\n--" + mixed + "--\r\n")
			.getBytes(StandardCharsets.UTF_8);
	}

	static byte[] mail(int seq, long sentMs, byte[] body) throws IOException {
		byte[] head = headers(seq, sentMs).getBytes(StandardCharsets.UTF_8);
		byte[] mail = new byte[head.length + body.length];
		System.arraycopy(head, 0, mail, 0, head.length);
		System.arraycopy(body, 0, mail, head.length, body.length);
		return mail;
	}

}
