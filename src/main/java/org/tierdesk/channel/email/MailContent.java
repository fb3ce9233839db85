package org.tierdesk.channel.email;

import java.io.IOException;
import java.io.InputStream;

/**
 * Access to the decoded bytes of a mail part; each call opens a fresh stream.
 */
@FunctionalInterface
public interface MailContent {

	/**
	 * Opens the decoded content; the caller closes the stream.
	 */
	InputStream open() throws IOException;

	/**
	 * Reads the whole content; for small parts and tests only.
	 */
	default byte[] readAllBytes() throws IOException {
		try (InputStream in = open()) {
			return in.readAllBytes();
		}
	}

}
