package org.tierdesk.channel.email;

import java.io.ByteArrayInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.james.mime4j.MimeException;
import org.apache.james.mime4j.codec.DecodeMonitor;
import org.apache.james.mime4j.dom.Body;
import org.apache.james.mime4j.dom.Entity;
import org.apache.james.mime4j.dom.Header;
import org.apache.james.mime4j.dom.Message;
import org.apache.james.mime4j.dom.Multipart;
import org.apache.james.mime4j.dom.SingleBody;
import org.apache.james.mime4j.dom.address.AddressList;
import org.apache.james.mime4j.dom.address.Mailbox;
import org.apache.james.mime4j.dom.address.MailboxList;
import org.apache.james.mime4j.message.DefaultMessageBuilder;
import org.apache.james.mime4j.message.DefaultMessageWriter;
import org.apache.james.mime4j.stream.Field;
import org.apache.james.mime4j.stream.MimeConfig;

/**
 * Parses raw RFC 5322 bytes into a {@link ParsedMail} in one pass, within
 * {@link MailLimits}.
 */
public class MailParser {

	private static final Pattern MESSAGE_ID = Pattern.compile("<([^<>\\s]+)>");

	private final MailLimits limits;

	private final Path tempDirectory;

	public MailParser() {
		this(MailLimits.DEFAULT);
	}

	public MailParser(MailLimits limits) {
		this(limits, null);
	}

	/**
	 * A parser spilling large parts to the given directory ({@code null}: the system temp
	 * directory).
	 */
	public MailParser(MailLimits limits, Path tempDirectory) {
		this.limits = limits;
		this.tempDirectory = tempDirectory;
	}

	/**
	 * Parses a mail; the stream is read once and not closed.
	 */
	public ParsedMail parse(InputStream raw) throws MailParseException {
		SpillingBodyFactory bodies = new SpillingBodyFactory(this.limits.inMemoryThresholdBytes(), this.tempDirectory);
		try {
			Message message = builder(bodies)
				.parseMessage(CrLineEndings.normalize(new LimitedInputStream(raw, this.limits.maxMessageBytes())));
			ParsedMail mail = toParsedMail(message, bodies);
			return mail;
		}
		catch (LimitingBodyDescriptorBuilder.LimitExceeded ex) {
			bodies.close();
			throw new MailParseException(MailParseException.Reason.LIMIT_EXCEEDED, ex.getMessage(), ex);
		}
		catch (IOException ex) {
			bodies.close();
			throw translate(ex);
		}
		catch (RuntimeException | StackOverflowError ex) {
			bodies.close();
			throw new MailParseException(MailParseException.Reason.MALFORMED, String.valueOf(ex.getMessage()), ex);
		}
	}

	private MailParseException translate(IOException ex) {
		for (Throwable cause = ex; cause != null; cause = cause.getCause()) {
			if (cause instanceof TooLarge) {
				return new MailParseException(MailParseException.Reason.LIMIT_EXCEEDED, cause.getMessage(), ex);
			}
			if (cause instanceof MimeException && (cause.getClass().getSimpleName().contains("Limit")
					|| String.valueOf(cause.getMessage()).toLowerCase(Locale.ROOT).contains("limit"))) {
				return new MailParseException(MailParseException.Reason.LIMIT_EXCEEDED, cause.getMessage(), ex);
			}
			if (cause instanceof MimeException) {
				return new MailParseException(MailParseException.Reason.MALFORMED, cause.getMessage(), ex);
			}
		}
		return new MailParseException(MailParseException.Reason.IO_FAILED, String.valueOf(ex.getMessage()), ex);
	}

	private DefaultMessageBuilder builder(SpillingBodyFactory bodies) {
		MimeConfig config = new MimeConfig.Builder().setStrictParsing(false)
			.setMaxHeaderLen(this.limits.maxHeaderFieldLength())
			.setMaxLineLen(this.limits.maxHeaderFieldLength())
			.setMaxHeaderCount(this.limits.maxHeaderCount())
			.setMaxContentLen(-1)
			.build();
		DefaultMessageBuilder builder = new DefaultMessageBuilder();
		builder.setMimeEntityConfig(config);
		builder.setDecodeMonitor(DecodeMonitor.SILENT);
		builder.setBodyFactory(bodies);
		builder.setBodyDescriptorBuilder(new LimitingBodyDescriptorBuilder(this.limits));
		return builder;
	}

	private ParsedMail toParsedMail(Message message, SpillingBodyFactory bodies) throws IOException {
		MailHeaders headers = headers(message.getHeader());
		Parts parts = new Parts(bodies);
		parts.walk(message, 0);
		String text = String.join("\n", parts.texts);
		Optional<String> html = parts.htmls.isEmpty() ? Optional.empty() : Optional.of(String.join("\n", parts.htmls));
		if (parts.texts.isEmpty() && html.isPresent()) {
			text = HtmlText.toText(html.get());
		}
		return new ParsedMail(headers.first("Message-ID").flatMap(MailParser::firstId),
				headers.first("In-Reply-To").flatMap(MailParser::firstId), ids(headers.first("References").orElse("")),
				subject(message, headers), from(message), addresses(() -> message.getTo()),
				addresses(() -> message.getCc()), addresses(() -> message.getReplyTo()), date(message), text, html,
				parts.inline, parts.attachments, headers, parts.report(), Optional.ofNullable(parts.returnedHeaders),
				() -> {
					message.dispose();
					bodies.close();
				});
	}

	static MailHeaders headers(Header header) {
		List<MailHeaders.Field> fields = new ArrayList<>();
		for (Field field : header.getFields()) {
			String body = field.getBody() == null ? "" : field.getBody();
			fields.add(new MailHeaders.Field(field.getName(), body.replaceAll("\\r?\\n[ \\t]+", " ").strip()));
		}
		return new MailHeaders(fields);
	}

	private static Optional<String> firstId(String value) {
		Matcher m = MESSAGE_ID.matcher(value);
		if (m.find()) {
			return Optional.of(m.group(1));
		}
		String trimmed = value.trim();
		return (trimmed.isEmpty() || trimmed.contains(" ")) ? Optional.empty() : Optional.of(trimmed);
	}

	private static List<String> ids(String value) {
		List<String> ids = new ArrayList<>();
		Matcher m = MESSAGE_ID.matcher(value);
		while (m.find()) {
			ids.add(m.group(1));
		}
		return ids;
	}

	private static String subject(Message message, MailHeaders headers) {
		try {
			String subject = message.getSubject();
			if (subject != null) {
				return subject.strip();
			}
		}
		catch (RuntimeException ex) {
			// fall back to decoding the raw field ourselves
		}
		return headers.first("Subject").map(MimeParameters::decodeWords).map(String::strip).orElse("");
	}

	private static Optional<MailAddress> from(Message message) {
		try {
			MailboxList from = message.getFrom();
			if (from != null) {
				for (Mailbox mailbox : from) {
					Optional<MailAddress> address = address(mailbox);
					if (address.isPresent()) {
						return address;
					}
				}
			}
		}
		catch (RuntimeException ex) {
			// an unparsable From is recorded as missing
		}
		return Optional.empty();
	}

	private static Optional<MailAddress> address(Mailbox mailbox) {
		String email = mailbox.getAddress();
		if (email == null || !email.contains("@") || email.startsWith("@") || email.endsWith("@")) {
			return Optional.empty();
		}
		String name = mailbox.getName();
		return Optional.of(new MailAddress(email, (name == null) ? "" : MimeParameters.decodeWords(name)));
	}

	private static List<MailAddress> addresses(java.util.function.Supplier<AddressList> supplier) {
		List<MailAddress> result = new ArrayList<>();
		try {
			AddressList list = supplier.get();
			if (list != null) {
				for (Mailbox mailbox : list.flatten()) {
					address(mailbox).ifPresent(result::add);
				}
			}
		}
		catch (RuntimeException ex) {
			// an unparsable address list is recorded as empty
		}
		return result;
	}

	private static Optional<Instant> date(Message message) {
		try {
			Date date = message.getDate();
			return Optional.ofNullable(date).map(Date::toInstant);
		}
		catch (RuntimeException ex) {
			return Optional.empty();
		}
	}

	/**
	 * The walk over the part tree that sorts parts into bodies, inline parts and
	 * attachments.
	 */
	private final class Parts {

		private final SpillingBodyFactory bodies;

		final List<String> texts = new ArrayList<>();

		final List<String> htmls = new ArrayList<>();

		final List<MailAttachment> inline = new ArrayList<>();

		final List<MailAttachment> attachments = new ArrayList<>();

		String reportType;

		final StringBuilder machineReadable = new StringBuilder();

		MailHeaders returnedHeaders;

		int textBytes;

		Parts(SpillingBodyFactory bodies) {
			this.bodies = bodies;
		}

		Optional<MailReport> report() {
			if (this.reportType == null && this.machineReadable.length() == 0) {
				return Optional.empty();
			}
			return Optional
				.of(new MailReport((this.reportType == null) ? "" : this.reportType, this.machineReadable.toString()));
		}

		void walk(Entity entity, int depth) throws IOException {
			Body body = entity.getBody();
			String mimeType = lower(entity.getMimeType());
			if (body instanceof Multipart multipart) {
				if (mimeType.equals("multipart/report") && this.reportType == null) {
					this.reportType = lower(contentTypeParameter(entity, "report-type"));
				}
				boolean alternative = mimeType.equals("multipart/alternative");
				boolean textTaken = false;
				boolean htmlTaken = false;
				for (Entity child : multipart.getBodyParts()) {
					String childType = lower(child.getMimeType());
					if (alternative && childType.equals("text/plain") && textTaken
							|| alternative && childType.equals("text/html") && htmlTaken) {
						continue;
					}
					if (alternative && !childType.startsWith("text/plain") && !childType.startsWith("text/html")
							&& !childType.startsWith("multipart/")) {
						continue;
					}
					textTaken |= childType.equals("text/plain");
					htmlTaken |= childType.equals("text/html");
					walk(child, depth + 1);
				}
				return;
			}
			if (body instanceof Message embedded) {
				if (this.returnedHeaders == null) {
					this.returnedHeaders = headers(embedded.getHeader());
				}
				long[] size = new long[1];
				MailContent content = this.bodies.store((out) -> new DefaultMessageWriter().writeMessage(embedded, out),
						size);
				String name = filename(entity);
				if (name == null) {
					String subject = Optional.ofNullable(safeSubject(embedded)).orElse("").strip();
					name = (subject.isEmpty() ? "forwarded-message"
							: subject.replaceAll("[\\\\/:*?\"<>|\\p{Cntrl}]", "_")) + ".eml";
				}
				this.attachments.add(new MailAttachment(name, "message/rfc822", size[0], Optional.empty(), content));
				return;
			}
			if (!(body instanceof SingleBody single)) {
				return;
			}
			String disposition = lower(entity.getDispositionType());
			String filename = filename(entity);
			Optional<String> contentId = contentId(entity);
			if (mimeType.equals("message/delivery-status") || mimeType.equals("message/feedback-report")
					|| mimeType.equals("message/disposition-notification")
					|| mimeType.equals("message/global-delivery-status")) {
				this.machineReadable.append(new String(read(single, this.limitText()), StandardCharsets.UTF_8))
					.append('\n');
				return;
			}
			if (mimeType.endsWith("/rfc822-headers") || mimeType.equals("text/rfc822-header")) {
				if (this.returnedHeaders == null) {
					try (InputStream in = single.getInputStream()) {
						this.returnedHeaders = headers(new DefaultMessageBuilder()
							.parseHeader(new ByteArrayInputStream(in.readNBytes(65536))));
					}
					catch (IOException | RuntimeException ex) {
						// a broken header copy only costs the bounce its original
						// Message-ID
					}
				}
				return;
			}
			boolean attachment = disposition.equals("attachment") || filename != null;
			if (!attachment && mimeType.equals("text/plain")
					&& this.textBytes < MailParser.this.limits.maxTextBodyBytes()) {
				this.texts.add(text(entity, single));
				return;
			}
			if (!attachment && mimeType.equals("text/html")
					&& this.textBytes < MailParser.this.limits.maxTextBodyBytes()) {
				this.htmls.add(text(entity, single));
				return;
			}
			String contentType = mimeType.isEmpty() ? "application/octet-stream" : mimeType;
			MailContent content = single::getInputStream;
			if (contentId.isPresent() && !disposition.equals("attachment")) {
				this.inline.add(new MailAttachment((filename != null) ? filename : contentId.get(), contentType,
						single.size(), contentId, content));
			}
			else {
				String name = (filename != null) ? filename
						: "part-" + (this.attachments.size() + 1) + extension(contentType);
				this.attachments.add(new MailAttachment(name, contentType, single.size(), contentId, content));
			}
		}

		private int limitText() {
			return Math.max(0, MailParser.this.limits.maxTextBodyBytes() - this.textBytes);
		}

		private String text(Entity entity, SingleBody body) throws IOException {
			byte[] bytes = read(body, limitText());
			this.textBytes += bytes.length;
			return TextDecoding.decode(bytes, entity.getCharset());
		}

		private byte[] read(SingleBody body, int max) throws IOException {
			try (InputStream in = body.getInputStream()) {
				return in.readNBytes(max);
			}
			catch (IOException | RuntimeException ex) {
				// a broken transfer encoding yields what could be decoded
				return new byte[0];
			}
		}

	}

	private static String safeSubject(Message message) {
		try {
			return message.getSubject();
		}
		catch (RuntimeException ex) {
			return null;
		}
	}

	private static String extension(String contentType) {
		return switch (contentType) {
			case "text/plain" -> ".txt";
			case "text/html" -> ".html";
			case "image/png" -> ".png";
			case "image/jpeg" -> ".jpg";
			case "image/gif" -> ".gif";
			case "application/pdf" -> ".pdf";
			default -> ".bin";
		};
	}

	private static String filename(Entity entity) {
		String name = MimeParameters.parameter("Content-Disposition", rawField(entity, "Content-Disposition"),
				"filename");
		if (name == null || name.isBlank()) {
			name = MimeParameters.parameter("Content-Type", rawField(entity, "Content-Type"), "name");
		}
		if (name == null || name.isBlank()) {
			return null;
		}
		String base = name.replace('\\', '/');
		base = base.substring(base.lastIndexOf('/') + 1).replaceAll("\\p{Cntrl}", "").strip();
		return base.isEmpty() ? null : base;
	}

	private static Optional<String> contentId(Entity entity) {
		String raw = rawField(entity, "Content-ID");
		if (raw == null) {
			return Optional.empty();
		}
		String id = raw.trim();
		if (id.startsWith("<") && id.endsWith(">")) {
			id = id.substring(1, id.length() - 1);
		}
		return id.isBlank() ? Optional.empty() : Optional.of(id.trim());
	}

	private static String contentTypeParameter(Entity entity, String parameter) {
		return MimeParameters.parameter("Content-Type", rawField(entity, "Content-Type"), parameter);
	}

	private static String rawField(Entity entity, String name) {
		Header header = entity.getHeader();
		if (header == null) {
			return null;
		}
		Field field = header.getField(name);
		return (field != null) ? field.getBody() : null;
	}

	private static String lower(String value) {
		return (value == null) ? "" : value.trim().toLowerCase(Locale.ROOT);
	}

	/**
	 * An over-long input: stops reading past {@link MailLimits#maxMessageBytes()}.
	 */
	private static final class TooLarge extends IOException {

		TooLarge(String message) {
			super(message);
		}

	}

	private static final class LimitedInputStream extends FilterInputStream {

		private final long max;

		private long count;

		LimitedInputStream(InputStream in, long max) {
			super(in);
			this.max = max;
		}

		@Override
		public int read() throws IOException {
			int b = super.read();
			if (b >= 0) {
				count(1);
			}
			return b;
		}

		@Override
		public int read(byte[] b, int off, int len) throws IOException {
			int n = super.read(b, off, len);
			if (n > 0) {
				count(n);
			}
			return n;
		}

		private void count(long n) throws TooLarge {
			this.count += n;
			if (this.count > this.max) {
				throw new TooLarge("message larger than " + this.max + " bytes");
			}
		}

	}

}
