package org.tierdesk.channel.email;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The bytes of a received mail exactly as they arrived, readable more than once (to parse
 * and to keep the original): in memory for small mails, a spool file for large ones.
 */
public interface RawMail {

	InputStream open() throws IOException;

	long size();

	static RawMail of(byte[] bytes) {
		return new RawMail() {
			@Override
			public InputStream open() {
				return new ByteArrayInputStream(bytes);
			}

			@Override
			public long size() {
				return bytes.length;
			}
		};
	}

	static RawMail of(Path file) {
		return new RawMail() {
			@Override
			public InputStream open() throws IOException {
				return Files.newInputStream(file);
			}

			@Override
			public long size() {
				try {
					return Files.size(file);
				}
				catch (IOException ex) {
					throw new UncheckedIOException(ex);
				}
			}
		};
	}

}
