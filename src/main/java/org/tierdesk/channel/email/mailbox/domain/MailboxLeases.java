package org.tierdesk.channel.email.mailbox.domain;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Limit;
import org.springframework.stereotype.Component;
import org.tierdesk.channel.email.mailbox.MailProtocol;
import org.tierdesk.channel.email.mailbox.MailboxProblem;
import org.tierdesk.channel.email.mailbox.MailboxProperties;

/**
 * One node polls a mailbox at a time: it takes the mailbox's lease with one atomic update
 * (free, run out, or its own), renews it while it works and gives it back when done. A
 * node that dies keeps the lease only until it runs out. Times come from the
 * application's clock; nodes' clocks must agree to well within the lease time (NTP).
 */
@Component
class MailboxLeases {

	private final MailboxRepository mailboxes;

	private final Clock clock;

	private final Duration lease;

	private final String owner;

	@Autowired
	MailboxLeases(MailboxRepository mailboxes, Clock clock, MailboxProperties properties) {
		this(mailboxes, clock, properties.pollLease(),
				properties.nodeId().isBlank() ? defaultOwner() : properties.nodeId().strip());
	}

	private MailboxLeases(MailboxRepository mailboxes, Clock clock, Duration lease, String owner) {
		this.mailboxes = mailboxes;
		this.clock = clock;
		this.lease = lease;
		this.owner = (owner.length() > 100) ? owner.substring(0, 100) : owner;
	}

	/**
	 * Leases held under another owner name, with another clock (tests of several nodes).
	 */
	static MailboxLeases of(MailboxRepository mailboxes, Clock clock, Duration lease, String owner) {
		return new MailboxLeases(mailboxes, clock, lease, owner);
	}

	private static String defaultOwner() {
		String host;
		try {
			host = InetAddress.getLocalHost().getHostName();
		}
		catch (UnknownHostException ex) {
			host = "node";
		}
		return ((host.length() > 60) ? host.substring(0, 60) : host) + "-" + ProcessHandle.current().pid() + "-"
				+ UUID.randomUUID().toString().substring(0, 8);
	}

	String owner() {
		return this.owner;
	}

	Duration leaseTime() {
		return this.lease;
	}

	Instant now() {
		return this.clock.instant();
	}

	/** Ids of the mailboxes that are due and free, at most {@code max}. */
	List<Long> due(int max) {
		return this.mailboxes.findDue(now(), MailProtocol.DIRECT, Limit.of(max));
	}

	boolean acquire(long mailboxId) {
		Instant now = now();
		return this.mailboxes.acquireLease(mailboxId, this.owner, now, now.plus(this.lease)) == 1;
	}

	/**
	 * Extends the lease; false if this node lost it (it ran out and another node took
	 * it).
	 */
	boolean renew(long mailboxId) {
		return this.mailboxes.renewLease(mailboxId, this.owner, now().plus(this.lease)) == 1;
	}

	void release(long mailboxId) {
		this.mailboxes.releaseLease(mailboxId, this.owner);
	}

	/**
	 * Records a finished poll; the next one is due after the interval, or at once when
	 * more messages are waiting than one poll takes.
	 */
	void recordSuccess(long mailboxId, int count, int intervalSeconds, boolean moreWaiting) {
		Instant now = now();
		this.mailboxes.recordSuccess(mailboxId, now, moreWaiting ? now : now.plusSeconds(intervalSeconds), count);
	}

	void recordFailure(long mailboxId, int count, int intervalSeconds, MailboxProblem problem, String detail) {
		Instant now = now();
		this.mailboxes.recordFailure(mailboxId, now, now.plusSeconds(intervalSeconds), count, problem, detail);
	}

}
