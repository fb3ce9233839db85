package org.tierdesk.channel.email.web;

import java.io.IOException;
import java.io.UncheckedIOException;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.ContentDisposition;
import org.tierdesk.channel.email.InboundMailLog;
import org.tierdesk.platform.NotFoundException;

/**
 * Sends the original source of a received mail as an {@code .eml} download, for the agent
 * and admin screens.
 */
final class MailOriginals {

	private MailOriginals() {
	}

	static void send(InboundMailLog log, long inboundMailId, String filename, HttpServletResponse response) {
		response.setContentType("message/rfc822");
		response.setHeader("Content-Disposition",
				ContentDisposition.attachment().filename(filename).build().toString());
		response.setHeader("X-Content-Type-Options", "nosniff");
		boolean found = log.readRaw(inboundMailId, (in) -> {
			try {
				in.transferTo(response.getOutputStream());
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		});
		if (!found) {
			throw new NotFoundException("mail.rawMissing", "The original of mail {0} is not kept.", inboundMailId);
		}
	}

}
