package org.tierdesk.channel.email.mailbox.domain;

import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.tierdesk.channel.email.MailIntake;
import org.tierdesk.channel.email.mailbox.MailboxProblem;
import org.tierdesk.channel.email.mailbox.MailboxProperties;

/**
 * Polls the mailboxes that are due, a few at a time on a small pool of its own
 * ({@code tierdesk.mail.poll-threads}). Every node runs this check; the lease of each
 * mailbox decides which node polls it. Leases of running polls are renewed at every check
 * and between messages; a poll that lost its lease stops after the current message.
 */
@Component
class MailboxPoller implements DisposableBean {

	private static final Logger log = LoggerFactory.getLogger(MailboxPoller.class);

	private final MailboxRepository mailboxes;

	private final MailboxLeases leases;

	private final MailServers servers;

	private final MailIntake intake;

	private final MailboxProperties properties;

	private final MailboxCredentials credentials;

	private final ThreadPoolExecutor executor;

	/** Takes in the messages of the polls, when more than one at a time. */
	private final ThreadPoolExecutor intakeExecutor;

	/** The polls running on this node, by mailbox id. */
	private final Map<Long, Run> running = new ConcurrentHashMap<>();

	private volatile boolean stopping;

	MailboxPoller(MailboxRepository mailboxes, MailboxLeases leases, MailServers servers, MailIntake intake,
			MailboxProperties properties, MailboxCredentials credentials) {
		this.credentials = credentials;
		this.mailboxes = mailboxes;
		this.leases = leases;
		this.servers = servers;
		this.intake = intake;
		this.properties = properties;
		AtomicInteger threads = new AtomicInteger();
		this.executor = new ThreadPoolExecutor(properties.pollThreads(), properties.pollThreads(), 1, TimeUnit.MINUTES,
				new LinkedBlockingQueue<>(), (task) -> {
					Thread thread = new Thread(task, "mailbox-poll-" + threads.incrementAndGet());
					thread.setDaemon(true);
					return thread;
				});
		this.executor.allowCoreThreadTimeOut(true);
		// every poll has at most poll-intake-threads messages in the intake: enough
		// threads that no poll waits for another's
		int intakeThreads = properties.pollThreads() * properties.pollIntakeThreads();
		AtomicInteger intakes = new AtomicInteger();
		this.intakeExecutor = (properties.pollIntakeThreads() > 1) ? new ThreadPoolExecutor(intakeThreads,
				intakeThreads, 1, TimeUnit.MINUTES, new LinkedBlockingQueue<>(), (task) -> {
					Thread thread = new Thread(task, "mail-intake-" + intakes.incrementAndGet());
					thread.setDaemon(true);
					return thread;
				}) : null;
		if (this.intakeExecutor != null) {
			this.intakeExecutor.allowCoreThreadTimeOut(true);
		}
	}

	@Scheduled(initialDelayString = "${tierdesk.mail.poll-initial-delay:PT10S}",
			fixedDelayString = "${tierdesk.mail.poll-check-interval:PT0.25S}")
	void check() {
		if (!this.properties.polling() || this.stopping) {
			return;
		}
		renewRunningLeases();
		int free = this.properties.pollThreads() - this.running.size();
		if (free <= 0) {
			return;
		}
		for (Long id : this.leases.due(free + this.running.size())) {
			if (this.running.size() >= this.properties.pollThreads()) {
				break;
			}
			start(id);
		}
	}

	/**
	 * Starts a poll of this mailbox on the pool unless one runs on this node already; the
	 * poll takes the lease first.
	 */
	void start(long mailboxId) {
		Run run = new Run(mailboxId);
		if (this.running.putIfAbsent(mailboxId, run) != null) {
			return;
		}
		try {
			this.executor.execute(() -> {
				try {
					poll(run);
				}
				finally {
					this.running.remove(mailboxId, run);
				}
			});
		}
		catch (RuntimeException ex) {
			this.running.remove(mailboxId, run);
			throw ex;
		}
	}

	/**
	 * Keeps the lease of a poll that is stuck in one long message; like
	 * {@link #mayContinue} only once half of the lease is used up, so that a frequent
	 * check writes nothing.
	 */
	private void renewRunningLeases() {
		Instant now = this.leases.now();
		for (Run run : this.running.values()) {
			if (!run.leased || now.isBefore(run.renewedAt.plus(this.leases.leaseTime().dividedBy(2)))) {
				continue;
			}
			if (this.leases.renew(run.mailboxId)) {
				run.renewedAt = now;
			}
			else {
				run.lost = true;
			}
		}
	}

	/** Takes the lease, polls, records how it went, gives the lease back. */
	private void poll(Run run) {
		if (!this.leases.acquire(run.mailboxId)) {
			return;
		}
		run.leased = true;
		try {
			Mailbox mailbox = this.mailboxes.findById(run.mailboxId)
				.filter(Mailbox::isEnabled)
				.filter((m) -> m.getProtocol().polled())
				.orElse(null);
			if (mailbox == null) {
				return;
			}
			PollTarget target;
			try {
				target = this.credentials.target(mailbox);
			}
			catch (OAuthTokenClient.RefreshFailed ex) {
				log.warn("Mailbox {}: {}", run.mailboxId, ex.getMessage());
				this.leases.recordFailure(run.mailboxId, 0, mailbox.pollTarget().pollIntervalSeconds(),
						MailboxProblem.OAUTH_REFRESH_FAILED, ex.getMessage());
				return;
			}
			// more waiting than one batch takes: the next batch follows at once, under
			// the same lease, instead of after the next check
			MailboxPoll.Result result;
			do {
				result = pollOnce(run, target);
			}
			while (result.moreWaiting() && !result.failed() && mayContinue(run));
		}
		catch (RuntimeException ex) {
			log.error("Polling mailbox {} failed", run.mailboxId, ex);
		}
		finally {
			run.leased = false;
			try {
				this.leases.release(run.mailboxId);
			}
			catch (RuntimeException ex) {
				// the lease runs out by itself
				log.warn("Mailbox {}: could not give the lease back", run.mailboxId, ex);
			}
		}
	}

	/** One batch: connects, hands over up to the batch size, records how it went. */
	private MailboxPoll.Result pollOnce(Run run, PollTarget target) {
		MailboxPoll poll = new MailboxPoll(target, this.servers, this.intake, this.properties.pollBatchSize(),
				this.properties.memoryThreshold(), () -> mayContinue(run), this.intakeExecutor,
				this.properties.pollIntakeThreads());
		MailboxPoll.Result result = poll.run();
		if (result.failed()) {
			log.warn("Polling mailbox {} ({}) on {} failed after {} messages: {} {}", run.mailboxId, target,
					this.leases.owner(), result.processed(), result.problem(), result.detail());
			this.leases.recordFailure(run.mailboxId, result.processed(), target.pollIntervalSeconds(), result.problem(),
					result.detail());
		}
		else {
			if (result.processed() > 0) {
				log.info("Mailbox {} ({}) on {}: {} messages received", run.mailboxId, target, this.leases.owner(),
						result.processed());
			}
			this.leases.recordSuccess(run.mailboxId, result.processed(), target.pollIntervalSeconds(),
					result.moreWaiting());
		}
		return result;
	}

	/**
	 * Between messages: stop when the node shuts down or the lease was lost; renew the
	 * lease when half of it is used up.
	 */
	private boolean mayContinue(Run run) {
		if (this.stopping || run.lost || Thread.currentThread().isInterrupted()) {
			return false;
		}
		Instant now = this.leases.now();
		if (now.isAfter(run.renewedAt.plus(this.leases.leaseTime().dividedBy(2)))) {
			if (!this.leases.renew(run.mailboxId)) {
				run.lost = true;
				log.warn("Mailbox {}: lease lost to another node; stopping this poll", run.mailboxId);
				return false;
			}
			run.renewedAt = now;
		}
		return true;
	}

	@Override
	public void destroy() throws InterruptedException {
		this.stopping = true;
		this.executor.shutdown();
		if (!this.executor.awaitTermination(10, TimeUnit.SECONDS)) {
			this.executor.shutdownNow();
		}
		if (this.intakeExecutor != null) {
			// the polls waited for their messages; nothing is left but idle threads
			this.intakeExecutor.shutdown();
		}
	}

	/** One poll running on this node. */
	final class Run {

		final long mailboxId;

		volatile boolean leased;

		volatile boolean lost;

		volatile Instant renewedAt;

		Run(long mailboxId) {
			this.mailboxId = mailboxId;
			this.renewedAt = MailboxPoller.this.leases.now();
		}

	}

}
