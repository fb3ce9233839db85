package org.tierdesk.channel.email.smtp;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.subethamail.smtp.MessageHandler;
import org.subethamail.smtp.RejectException;
import org.tierdesk.channel.email.IntakeResult;
import org.tierdesk.channel.email.MailIntake;
import org.tierdesk.channel.email.MailSource;
import org.tierdesk.channel.email.RawMail;

/**
 * One SMTP mail transaction: accepts only support addresses as recipients, spools the
 * data to a temporary file (never the whole mail in memory, refused over the size limit)
 * and hands it to the intake once, whatever the number of recipients. The 250 reply comes
 * only after the intake committed; when it could not, 451 makes the sending server keep
 * the mail and try again.
 */
class SmtpMailHandler implements MessageHandler {

	private static final Logger log = LoggerFactory.getLogger(SmtpMailHandler.class);

	private static final int BUFFER_SIZE = 64 * 1024;

	private final SmtpRecipients recipients;

	private final MailIntake intake;

	private final long maxMessageSize;

	private final String sessionId;

	private final Runnable endTransaction;

	private MailSource source;

	private int accepted;

	/**
	 * @param endTransaction ends the mail transaction in the session; called before DATA
	 * is refused, as the transaction is over after the reply to DATA whatever it is (RFC
	 * 5321 3.3), and the library would otherwise expect an RSET before the next MAIL
	 */
	SmtpMailHandler(SmtpRecipients recipients, MailIntake intake, long maxMessageSize, String sessionId,
			Runnable endTransaction) {
		this.recipients = recipients;
		this.intake = intake;
		this.maxMessageSize = maxMessageSize;
		this.sessionId = sessionId;
		this.endTransaction = endTransaction;
	}

	@Override
	public void from(String from) {
		// any envelope sender, also the null sender <> of bounces: the intake classifies
	}

	@Override
	public void recipient(String recipient) throws RejectException {
		Optional<MailSource> found;
		try {
			found = this.recipients.sourceFor(recipient);
		}
		catch (RuntimeException ex) {
			log.warn("SMTP session {}: could not check a recipient, replied 451: {}", this.sessionId, ex.toString());
			throw new RejectException(451, "4.3.0 Cannot check the recipient now, try again later");
		}
		if (found.isEmpty()) {
			log.debug("SMTP session {}: refused recipient {}", this.sessionId, recipient);
			throw new RejectException(550,
					"5.1.1 <" + recipient + ">: Recipient address rejected: not a support address here");
		}
		if (this.source == null) {
			this.source = found.get();
		}
		this.accepted++;
	}

	@Override
	public String data(InputStream data) throws RejectException, IOException {
		Path spool = Files.createTempFile("tierdesk-smtp-", ".eml");
		try {
			long size = spool(data, spool);
			if (size > this.maxMessageSize) {
				log.info("SMTP session {}: refused a mail of more than {} bytes, replied 552", this.sessionId,
						this.maxMessageSize);
				this.endTransaction.run();
				throw new RejectException(552,
						"5.3.4 Message size exceeds fixed maximum message size of " + this.maxMessageSize + " bytes");
			}
			IntakeResult result;
			try {
				result = this.intake.receive(this.source, RawMail.of(spool));
			}
			catch (RuntimeException ex) {
				// MailIntakeException (the database is down, say) or a defect: nothing
				// was committed, so the sending server must keep the mail and retry
				log.warn("SMTP session {}: a mail of {} bytes could not be stored, replied 451: {}", this.sessionId,
						size, ex.toString());
				this.endTransaction.run();
				throw new RejectException(451, "4.3.0 The mail could not be stored now, try again later");
			}
			log.info("SMTP session {}: mail of {} bytes for {} recipient(s) via {}: {} (record {}, ticket {})",
					this.sessionId, size, this.accepted, this.source.name(), result.outcome(), result.inboundMailId(),
					result.ticketNumber());
			return "2.0.0 Ok: received";
		}
		finally {
			Files.deleteIfExists(spool);
		}
	}

	@Override
	public void done() {
		// the spool file is gone once data() returns
	}

	/**
	 * Copies the data to the spool file until the size limit, then reads the rest without
	 * keeping it (the client must be able to finish its DATA before the refusal).
	 * @return the number of bytes received
	 */
	private long spool(InputStream data, Path spool) throws IOException {
		byte[] buffer = new byte[BUFFER_SIZE];
		long total = 0;
		try (OutputStream out = Files.newOutputStream(spool)) {
			int read;
			while ((read = data.read(buffer)) != -1) {
				if (total + read <= this.maxMessageSize) {
					out.write(buffer, 0, read);
				}
				total += read;
			}
		}
		return total;
	}

}
