package org.tierdesk.channel.email.mailbox.domain;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Queue;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
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
 * <p>
 * With an executor, up to {@code parallel} messages are in the intake at once, but never
 * two that could belong to one conversation ({@link ConversationKeys}): those are taken
 * in one after the other in the mailbox's order. This thread alone talks to the mail
 * server; it flags the committed messages in groups.
 */
final class MailboxPoll {

	private static final Logger log = LoggerFactory.getLogger(MailboxPoll.class);

	/** Committed messages are flagged on the server at the latest after this many. */
	private static final int FLAG_EVERY = 25;

	private final PollTarget target;

	private final MailServers servers;

	private final MailIntake intake;

	private final int batchSize;

	private final long memoryThreshold;

	private final BooleanSupplier mayContinue;

	private final Executor executor;

	private final int parallel;

	private final AtomicInteger processed = new AtomicInteger();

	private boolean connected;

	MailboxPoll(PollTarget target, MailServers servers, MailIntake intake, int batchSize, long memoryThreshold,
			BooleanSupplier mayContinue) {
		this(target, servers, intake, batchSize, memoryThreshold, mayContinue, null, 1);
	}

	MailboxPoll(PollTarget target, MailServers servers, MailIntake intake, int batchSize, long memoryThreshold,
			BooleanSupplier mayContinue, Executor executor, int parallel) {
		this.target = target;
		this.servers = servers;
		this.intake = intake;
		this.batchSize = batchSize;
		this.memoryThreshold = memoryThreshold;
		this.mayContinue = mayContinue;
		this.executor = executor;
		this.parallel = (executor != null) ? Math.max(1, parallel) : 1;
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
			return new Result(this.processed.get(), more, null, null);
		}
		catch (IntakeFailure failure) {
			return new Result(this.processed.get(), false, MailboxProblem.INTAKE_FAILED,
					MailProblems.clean(failure.getCause().toString(), this.target.secret()));
		}
		catch (MessagingException | IOException | RuntimeException ex) {
			MailProblems.Diagnosis diagnosis = MailProblems.diagnose(ex, this.connected, this.target.secret());
			return new Result(this.processed.get(), false, diagnosis.problem(), diagnosis.detail());
		}
	}

	private boolean pollImap(Store store) throws MessagingException, IOException {
		Folder folder = store.getFolder(this.target.folder());
		folder.open(Folder.READ_WRITE);
		boolean delete = this.target.afterProcessing() == AfterProcessing.DELETE;
		Flags flag = new Flags(delete ? Flags.Flag.DELETED : Flags.Flag.SEEN);
		boolean flaggedDeleted = false;
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
			Dispatch dispatch = new Dispatch();
			Throwable pending = null;
			try {
				for (int i = 0; i < count && !dispatch.stopped() && this.mayContinue.getAsBoolean(); i++) {
					dispatch.submit(batch[i]);
					if (dispatch.committedWaiting() >= FLAG_EVERY) {
						flaggedDeleted |= flag(folder, dispatch.takeCommitted(), flag) && delete;
					}
				}
			}
			catch (MessagingException | IOException | RuntimeException ex) {
				pending = ex;
				throw ex;
			}
			finally {
				// whatever happened: what the intake committed is flagged, if the server
				// still listens
				dispatch.awaitAll();
				try {
					flaggedDeleted |= flag(folder, dispatch.takeCommitted(), flag) && delete;
				}
				catch (MessagingException | RuntimeException ex) {
					if (pending == null) {
						throw ex;
					}
					pending.addSuppressed(ex);
				}
			}
			dispatch.rethrow();
			return ordered.length > count;
		}
		finally {
			// closing with expunge removes every message flagged \Deleted in the folder,
			// also when the poll stopped early (see docs/mail.md)
			closeQuietly(folder, flaggedDeleted);
		}
	}

	private boolean pollPop3(Store store) throws MessagingException, IOException {
		Folder folder = store.getFolder(MailboxSettings.INBOX);
		folder.open(Folder.READ_WRITE);
		int total = folder.getMessageCount();
		int count = Math.min(total, this.batchSize);
		Throwable pending = null;
		Flags deleted = new Flags(Flags.Flag.DELETED);
		try {
			if (count > 0) {
				Message[] messages = folder.getMessages(1, count);
				FetchProfile profile = new FetchProfile();
				profile.add(FetchProfile.Item.SIZE);
				folder.fetch(messages, profile);
				Dispatch dispatch = new Dispatch();
				try {
					for (int i = 0; i < count && !dispatch.stopped() && this.mayContinue.getAsBoolean(); i++) {
						dispatch.submit(messages[i]);
					}
				}
				finally {
					dispatch.awaitAll();
					// POP3 only marks them (no command is sent); the server deletes on
					// QUIT
					flag(folder, dispatch.takeCommitted(), deleted);
				}
				dispatch.rethrow();
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

	/** Flags the messages (one command for IMAP); whether there were any. */
	private static boolean flag(Folder folder, List<Message> messages, Flags flag) throws MessagingException {
		if (messages.isEmpty()) {
			return false;
		}
		folder.setFlags(messages.toArray(Message[]::new), flag, true);
		return true;
	}

	/**
	 * Hands one spooled message to the intake; throws {@link IntakeFailure} if it cannot
	 * take it.
	 */
	private void receive(Message message, SpooledMail mail) {
		IntakeResult result;
		try {
			result = this.intake.receive(this.target.source(), mail.raw());
		}
		catch (RuntimeException ex) {
			throw new IntakeFailure(ex);
		}
		this.processed.incrementAndGet();
		if (log.isDebugEnabled()) {
			log.debug("Mailbox {}: message {} -> {} {}", this.target.mailboxId(), message.getMessageNumber(),
					result.outcome(), (result.ticketNumber() != null) ? result.ticketNumber() : "");
		}
	}

	/**
	 * The messages of one batch on their way through the intake: fetched here, in order;
	 * taken in here (one at a time) or on the executor (up to {@link #parallel}, each
	 * after the earlier messages it shares a {@link ConversationKeys key} with);
	 * committed ones collected for flagging. After an intake failure nothing more is
	 * started.
	 */
	private final class Dispatch {

		private final Semaphore slots = new Semaphore(MailboxPoll.this.parallel);

		private final Map<String, CompletableFuture<Void>> lastByKey = new HashMap<>();

		private final List<CompletableFuture<Void>> all = new ArrayList<>();

		private final Queue<Message> committed = new ConcurrentLinkedQueue<>();

		private final AtomicReference<IntakeFailure> failure = new AtomicReference<>();

		boolean stopped() {
			return this.failure.get() != null;
		}

		void submit(Message message) throws MessagingException, IOException {
			if (MailboxPoll.this.executor == null) {
				try (SpooledMail mail = SpooledMail.of(message, MailboxPoll.this.memoryThreshold)) {
					receive(message, mail);
					this.committed.add(message);
				}
				catch (IntakeFailure ex) {
					this.failure.set(ex);
				}
				return;
			}
			try {
				this.slots.acquire();
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				throw new IOException("Interrupted while waiting for the intake", ex);
			}
			SpooledMail mail;
			try {
				mail = SpooledMail.of(message, MailboxPoll.this.memoryThreshold);
			}
			catch (IOException | MessagingException | RuntimeException ex) {
				this.slots.release();
				throw ex;
			}
			Set<String> keys = ConversationKeys.of(mail.raw());
			CompletableFuture<?>[] before = keys.stream()
				.map(this.lastByKey::get)
				.filter(Objects::nonNull)
				.distinct()
				.toArray(CompletableFuture[]::new);
			CompletableFuture<Void> done = CompletableFuture.allOf(before)
				.thenRunAsync(() -> takeIn(message, mail), MailboxPoll.this.executor);
			for (String key : keys) {
				this.lastByKey.put(key, done);
			}
			this.all.add(done);
		}

		private void takeIn(Message message, SpooledMail mail) {
			try (mail) {
				if (!stopped()) {
					receive(message, mail);
					this.committed.add(message);
				}
			}
			catch (IntakeFailure ex) {
				this.failure.compareAndSet(null, ex);
			}
			catch (IOException | RuntimeException ex) {
				// closing the spool file failed, or a bug: the message stays unflagged
				log.warn("Mailbox {}: message {} not finished", MailboxPoll.this.target.mailboxId(),
						message.getMessageNumber(), ex);
			}
			finally {
				this.slots.release();
			}
		}

		int committedWaiting() {
			return this.committed.size();
		}

		List<Message> takeCommitted() {
			List<Message> taken = new ArrayList<>();
			for (Message message = this.committed.poll(); message != null; message = this.committed.poll()) {
				taken.add(message);
			}
			return taken;
		}

		/**
		 * Waits for every message started; they end by themselves (each is one intake).
		 */
		void awaitAll() {
			boolean interrupted = false;
			for (CompletableFuture<Void> future : this.all) {
				while (true) {
					try {
						future.get();
						break;
					}
					catch (InterruptedException ex) {
						interrupted = true;
					}
					catch (ExecutionException ex) {
						break;
					}
				}
			}
			if (interrupted) {
				Thread.currentThread().interrupt();
			}
		}

		void rethrow() {
			IntakeFailure failed = this.failure.get();
			if (failed != null) {
				throw failed;
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
