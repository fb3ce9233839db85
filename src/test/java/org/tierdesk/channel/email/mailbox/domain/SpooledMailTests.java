package org.tierdesk.channel.email.mailbox.domain;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tierdesk.channel.email.RawMail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIOException;

/**
 * Fetched messages: small ones in memory, large ones streamed to a temporary file that is
 * removed afterwards, also when the server breaks off mid-message.
 */
class SpooledMailTests {

	static final long THRESHOLD = 256 * 1024;

	/** A message of the given size written in chunks, as a server streams it. */
	static MimeMessage streamed(long size, boolean breakHalfway) {
		return new MimeMessage((Session) null) {
			@Override
			public void writeTo(OutputStream out) throws IOException {
				byte[] chunk = "Subject: big\r\n\r\n0123456789abcdef0123456789abcdef0123456789abcdef012345678\r\n"
					.getBytes();
				long written = 0;
				while (written < size) {
					if (breakHalfway && written > size / 2) {
						throw new IOException("Connection reset");
					}
					int length = (int) Math.min(chunk.length, size - written);
					out.write(chunk, 0, length);
					written += length;
				}
			}
		};
	}

	@TempDir
	Path spool;

	List<Path> spoolFiles() throws IOException {
		try (Stream<Path> files = Files.list(this.spool)) {
			return new ArrayList<>(files.toList());
		}
	}

	@Test
	void shouldKeepASmallMessageInMemory() throws Exception {
		try (SpooledMail mail = SpooledMail.of(streamed(10_000, false), THRESHOLD, this.spool)) {
			assertThat(mail.spooled()).isFalse();
			assertThat(spoolFiles()).isEmpty();
			assertThat(mail.raw().size()).isEqualTo(10_000);
		}
	}

	@Test
	void shouldStreamA25MegabyteMessageToAFileAndRemoveItAfterwards() throws Exception {
		long size = 25L * 1024 * 1024;
		Path file;
		try (SpooledMail mail = SpooledMail.of(streamed(size, false), THRESHOLD, this.spool)) {
			assertThat(mail.spooled()).isTrue();
			RawMail raw = mail.raw();
			assertThat(raw.size()).isEqualTo(size);
			// readable more than once
			for (int i = 0; i < 2; i++) {
				try (InputStream in = raw.open()) {
					assertThat(in.transferTo(OutputStream.nullOutputStream())).isEqualTo(size);
				}
			}
			List<Path> during = spoolFiles();
			assertThat(during).hasSize(1);
			assertThat(Files.size(during.get(0))).isEqualTo(size);
			file = during.get(0);
		}
		assertThat(file).doesNotExist();
	}

	@Test
	void shouldRemoveThePartialFileWhenTheServerBreaksOff() throws IOException, MessagingException {
		assertThatIOException().isThrownBy(() -> SpooledMail.of(streamed(2_000_000, true), THRESHOLD, this.spool))
			.withMessage("Connection reset");
		assertThat(spoolFiles()).isEmpty();
	}

}
