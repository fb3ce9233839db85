package org.tierdesk.channel.email.mailbox.domain;

import java.io.BufferedOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;

import jakarta.mail.Message;
import jakarta.mail.MessagingException;

import org.tierdesk.channel.email.RawMail;

/**
 * A fetched message's raw bytes, streamed from the server once: in memory up to a
 * threshold, beyond it in a temporary file (owner-only) that {@link #close()} deletes. A
 * 25 MB attachment is never held in memory.
 */
final class SpooledMail implements AutoCloseable {

	private final byte[] bytes;

	private final Path file;

	private SpooledMail(byte[] bytes, Path file) {
		this.bytes = bytes;
		this.file = file;
	}

	static SpooledMail of(Message message, long memoryThreshold) throws IOException, MessagingException {
		return of(message, memoryThreshold, null);
	}

	/** Spools into the given directory, null for the system's temporary directory. */
	static SpooledMail of(Message message, long memoryThreshold, Path directory)
			throws IOException, MessagingException {
		SpillingOutputStream out = new SpillingOutputStream(memoryThreshold, directory);
		try (out) {
			message.writeTo(out);
		}
		catch (IOException | MessagingException | RuntimeException ex) {
			out.discard();
			throw ex;
		}
		return (out.file != null) ? new SpooledMail(null, out.file) : new SpooledMail(out.memory.toByteArray(), null);
	}

	RawMail raw() {
		return (this.file != null) ? RawMail.of(this.file) : RawMail.of(this.bytes);
	}

	boolean spooled() {
		return this.file != null;
	}

	@Override
	public void close() throws IOException {
		if (this.file != null) {
			Files.deleteIfExists(this.file);
		}
	}

	/** Writes to memory until the threshold, then moves what it has to a file. */
	private static final class SpillingOutputStream extends OutputStream {

		private final long threshold;

		private final Path directory;

		private ByteArrayOutputStream memory = new ByteArrayOutputStream(8192);

		private Path file;

		private OutputStream target = this.memory;

		SpillingOutputStream(long threshold, Path directory) {
			this.threshold = threshold;
			this.directory = directory;
		}

		@Override
		public void write(int b) throws IOException {
			spillIfNeeded(1);
			this.target.write(b);
		}

		@Override
		public void write(byte[] b, int off, int len) throws IOException {
			spillIfNeeded(len);
			this.target.write(b, off, len);
		}

		private void spillIfNeeded(int more) throws IOException {
			if (this.file == null && this.memory.size() + (long) more > this.threshold) {
				this.file = (this.directory != null) ? Files.createTempFile(this.directory, "tierdesk-mail-", ".eml")
						: Files.createTempFile("tierdesk-mail-", ".eml");
				this.target = new BufferedOutputStream(Files.newOutputStream(this.file), 65_536);
				this.memory.writeTo(this.target);
				this.memory = null;
			}
		}

		@Override
		public void flush() throws IOException {
			this.target.flush();
		}

		@Override
		public void close() throws IOException {
			this.target.close();
		}

		void discard() throws IOException {
			this.target.close();
			if (this.file != null) {
				Files.deleteIfExists(this.file);
			}
		}

	}

}
