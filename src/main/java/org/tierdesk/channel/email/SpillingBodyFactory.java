package org.tierdesk.channel.email;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.james.mime4j.dom.BinaryBody;
import org.apache.james.mime4j.dom.SingleBody;
import org.apache.james.mime4j.dom.TextBody;
import org.apache.james.mime4j.message.BodyFactory;

/**
 * Keeps small part bodies in memory and streams larger ones to temporary files, so memory
 * stays flat whatever the size of an attachment.
 */
final class SpillingBodyFactory implements BodyFactory, AutoCloseable {

	private final int threshold;

	private final Path directory;

	private final List<Path> files = new ArrayList<>();

	SpillingBodyFactory(int threshold, Path directory) {
		this.threshold = threshold;
		this.directory = directory;
	}

	@Override
	public BinaryBody binaryBody(InputStream in) throws IOException {
		Stored stored = store(in);
		return new BinaryBody() {
			@Override
			public InputStream getInputStream() throws IOException {
				return stored.open();
			}

			@Override
			public long size() {
				return stored.size;
			}
		};
	}

	@Override
	public TextBody textBody(InputStream in, String mimeCharset) throws IOException {
		Stored stored = store(in);
		return new TextBody() {
			@Override
			public String getMimeCharset() {
				return mimeCharset;
			}

			@Override
			public Charset getCharset() {
				return TextDecoding.charset(mimeCharset);
			}

			@Override
			public Reader getReader() throws IOException {
				return new InputStreamReader(stored.open(), getCharset());
			}

			@Override
			public InputStream getInputStream() throws IOException {
				return stored.open();
			}

			@Override
			public long size() {
				return stored.size;
			}
		};
	}

	/**
	 * Stores a body that is written by the caller (a forwarded message being serialised).
	 */
	MailContent store(BodyWriter writer, long[] sizeOut) throws IOException {
		ByteArrayOutputStream buffer = new ByteArrayOutputStream();
		SpillingOutputStream out = new SpillingOutputStream(buffer);
		writer.writeTo(out);
		out.close();
		Stored stored = out.stored();
		sizeOut[0] = stored.size;
		return stored::open;
	}

	private Stored store(InputStream in) throws IOException {
		ByteArrayOutputStream buffer = new ByteArrayOutputStream();
		try (SpillingOutputStream out = new SpillingOutputStream(buffer)) {
			in.transferTo(out);
			out.close();
			return out.stored();
		}
	}

	/**
	 * Temporary files created so far, for tests.
	 */
	synchronized List<Path> files() {
		return List.copyOf(this.files);
	}

	@Override
	public synchronized void close() {
		for (Path file : this.files) {
			try {
				Files.deleteIfExists(file);
			}
			catch (IOException ex) {
				// best effort: the temp directory is cleaned by the OS as well
			}
		}
		this.files.clear();
	}

	private synchronized Path newFile() throws IOException {
		Path file = (this.directory != null) ? Files.createTempFile(this.directory, "tierdesk-mail-", ".part")
				: Files.createTempFile("tierdesk-mail-", ".part");
		file.toFile().deleteOnExit();
		this.files.add(file);
		return file;
	}

	/**
	 * Writes a body to a stream.
	 */
	@FunctionalInterface
	interface BodyWriter {

		void writeTo(OutputStream out) throws IOException;

	}

	private record Stored(byte[] bytes, Path file, long size) {

		InputStream open() throws IOException {
			return (this.file != null) ? Files.newInputStream(this.file) : new ByteArrayInputStream(this.bytes);
		}

	}

	private final class SpillingOutputStream extends OutputStream {

		private final ByteArrayOutputStream buffer;

		private OutputStream file;

		private Path path;

		private long size;

		private boolean closed;

		SpillingOutputStream(ByteArrayOutputStream buffer) {
			this.buffer = buffer;
		}

		@Override
		public void write(int b) throws IOException {
			write(new byte[] { (byte) b }, 0, 1);
		}

		@Override
		public void write(byte[] b, int off, int len) throws IOException {
			if (this.file == null && this.buffer.size() + len > SpillingBodyFactory.this.threshold) {
				this.path = newFile();
				this.file = Files.newOutputStream(this.path);
				this.buffer.writeTo(this.file);
				this.buffer.reset();
			}
			if (this.file != null) {
				this.file.write(b, off, len);
			}
			else {
				this.buffer.write(b, off, len);
			}
			this.size += len;
		}

		@Override
		public void close() throws IOException {
			if (!this.closed && this.file != null) {
				this.file.close();
			}
			this.closed = true;
		}

		Stored stored() {
			return (this.path != null) ? new Stored(null, this.path, this.size)
					: new Stored(this.buffer.toByteArray(), null, this.size);
		}

	}

	static SingleBody unchecked(SingleBody body) {
		if (body == null) {
			throw new UncheckedIOException(new IOException("no body"));
		}
		return body;
	}

}
