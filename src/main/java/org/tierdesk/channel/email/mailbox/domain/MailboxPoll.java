package org.tierdesk.channel.email.mailbox.domain;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.function.BooleanSupplier;

import jakarta.mail.FetchProfile;
import jakarta.mail.Flags;
import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Store;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.tierdesk.channel.email.IntakeResult;
import org.tierdesk.channel.email.MailIntake;
import org.tierdesk.channel.email.mailbox.AfterProcessing;
import org.tierdesk.channel.email.mailbox.MailboxProblem;

/**
 * One poll of one mailbox. Each message is streamed from the server, handed to the
 * intake, and only once the intake has returned (its outcome committed) flagged seen or
 * deleted on the server. A crash in between leaves the message to be fetched again, which
 * the intake recognises as a duplicate. When the intake cannot take a message, the
 * message stays untouched and the poll stops; when the connection breaks, what was
 * committed stays committed and the rest waits for the next poll.
 */
final class MailboxPoll {

	private static final Logger log = LoggerFactory.getLogger(MailboxPoll.class);

	private final PollTarget target;

	private final MailServers servers;

	private final MailIntake intake;

	private final int batchSize;

	private final long memoryThreshold;

	private final BooleanSupplier mayContinue;

	private int processed;

	private boolean connected;

	MailboxPoll(PollTarget target, MailServers servers, MailIntake intake, int batchSize, long memoryThreshold,
			BooleanSupplier mayContinue) {
		this.target = target;
		this.servers = servers;
		this.intake = intake;
		this.batchSize = batchSize;
		this.memoryThreshold = memoryThreshold;
		this.mayContinue = mayContinue;
	}

	/**
	 * How a poll ended: messages handed over, whether more wait, and the problem if any.
	 */
	record Result(int processed, boolean moreWaiting, MailboxProblem problem, String detail) {

		boolean failed() {
			return this.problem != null;
		}

	}

	Result run() {
		try (Store store = this.servers.connect(this.target)) {
			this.connected = true;
			boolean more = this.target.protocol().pop3() ? pollPop3(store) : pollImap(store);
			return new Result(this.processed, more, null, null);
		}
		catch (IntakeFailure failure) {
			return new Result(this.processed, false, MailboxProblem.INTAKE_FAILED,
					MailProblems.clean(failure.getCause().toString(), this.target.secret()));
		}
		catch (MessagingException | IOException | RuntimeException ex) {
			MailProblems.Diagnosis diagnosis = MailProblems.diagnose(ex, this.connected, this.target.secret());
			return new Result(this.processed, false, diagnosis.problem(), diagnosis.detail());
		}
	}

	private boolean pollImap(Store store) throws MessagingException, IOException {
		Folder folder = store.getFolder(this.target.folder());
		folder.open(Folder.READ_WRITE);
		List<Message> deleted = new ArrayList<>();
		try {
			Message[] waiting = folder.search(MailServers.WAITING);
			if (waiting.length == 0) {
				return false;
			}
			// sequence numbers ascend with UIDs (RFC 3501 2.3.1.2): the oldest first
			Message[] ordered = waiting.clone();
			Arrays.sort(ordered, Comparator.comparingInt(Message::getMessageNumber));
			int count = Math.min(ordered.length, this.batchSize);
			Message[] batch = Arrays.copyOf(ordered, count);
			FetchProfile profile = new FetchProfile();
			profile.add(FetchProfile.Item.SIZE);
			folder.fetch(batch, profile);
			for (int i = 0; i < count && this.mayContinue.getAsBoolean(); i++) {
				Message message = batch[i];
				receive(message);
				if (this.target.afterProcessing() == AfterProcessing.DELETE) {
					message.setFlag(Flags.Flag.DELETED, true);
					deleted.add(message);
				}
				else {
					message.setFlag(Flags.Flag.SEEN, true);
				}
			}
			return ordered.length > count;
		}
		finally {
			// closing with expunge removes every message flagged \Deleted in the folder,
			// also when the poll stopped early (see docs/mail.md)
			closeQuietly(folder, !deleted.isEmpty());
		}
	}

	private boolean pollPop3(Store store) throws MessagingException, IOException {
		Folder folder = store.getFolder(MailboxSettings.INBOX);
		folder.open(Folder.READ_WRITE);
		int total = folder.getMessageCount();
		int count = Math.min(total, this.batchSize);
		Throwable pending = null;
		try {
			if (count > 0) {
				Message[] messages = folder.getMessages(1, count);
				FetchProfile profile = new FetchProfile();
				profile.add(FetchProfile.Item.SIZE);
				folder.fetch(messages, profile);
				for (int i = 0; i < count && this.mayContinue.getAsBoolean(); i++) {
					receive(messages[i]);
					messages[i].setFlag(Flags.Flag.DELETED, true);
				}
			}
			return total > count;
		}
		catch (MessagingException | IOException | RuntimeException ex) {
			pending = ex;
			throw ex;
		}
		finally {
			// POP3 deletes on QUIT: the messages handed over so far, also when the intake
			// stopped the poll; if the connection is gone, none (they come again and the
			// intake recognises them as duplicates)
			try {
				folder.close(true);
			}
			catch (MessagingException ex) {
				if (pending == null) {
					throw ex;
				}
				pending.addSuppressed(ex);
			}
		}
	}

	private void receive(Message message) throws MessagingException, IOException {
		try (SpooledMail mail = SpooledMail.of(message, this.memoryThreshold)) {
			IntakeResult result;
			try {
				result = this.intake.receive(this.target.source(), mail.raw());
			}
			catch (RuntimeException ex) {
				throw new IntakeFailure(ex);
			}
			this.processed++;
			if (log.isDebugEnabled()) {
				log.debug("Mailbox {}: message {} -> {} {}", this.target.mailboxId(), message.getMessageNumber(),
						result.outcome(), (result.ticketNumber() != null) ? result.ticketNumber() : "");
			}
		}
	}

	private static void closeQuietly(Folder folder, boolean expunge) {
		if (folder.isOpen()) {
			try {
				folder.close(expunge);
			}
			catch (MessagingException ex) {
				log.debug("Closing folder {} failed", folder.getFullName(), ex);
			}
		}
	}

	/** The intake could not take a message: it stays on the server, the poll stops. */
	private static final class IntakeFailure extends RuntimeException {

		IntakeFailure(RuntimeException cause) {
			super(cause);
		}

	}

}
