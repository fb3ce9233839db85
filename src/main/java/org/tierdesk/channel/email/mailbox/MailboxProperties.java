package org.tierdesk.channel.email.mailbox;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of mailbox polling ({@code tierdesk.mail.*}).
 *
 * @param polling whether this node polls mailboxes at all
 * @param pollThreads how many mailboxes this node polls at the same time
 * @param pollBatchSize the most messages fetched from one mailbox in one poll
 * @param pollIntakeThreads how many messages of one mailbox are taken in at the same time
 * (never two that may belong to one conversation); 1 takes them one by one
 * @param pollLease how long a node holds a mailbox without renewing its lease; another
 * node takes over a mailbox whose lease has run out (a crashed node)
 * @param connectTimeout how long to wait for a mail server to accept a connection
 * @param readTimeout how long to wait for a mail server to answer
 * @param memoryThreshold messages up to this size are held in memory, larger ones are
 * spooled to a temporary file
 * @param nodeId this node's name in leases; empty for host name and a random suffix
 */
@ConfigurationProperties("tierdesk.mail")
public record MailboxProperties(@DefaultValue("true") boolean polling, @DefaultValue("4") int pollThreads,
		@DefaultValue("200") int pollBatchSize, @DefaultValue("2") int pollIntakeThreads,
		@DefaultValue("PT5M") Duration pollLease, @DefaultValue("PT20S") Duration connectTimeout,
		@DefaultValue("PT60S") Duration readTimeout, @DefaultValue("262144") long memoryThreshold,
		@DefaultValue("") String nodeId) {

	public MailboxProperties {
		if (pollThreads < 1) {
			throw new IllegalArgumentException("tierdesk.mail.poll-threads must be at least 1");
		}
		if (pollBatchSize < 1) {
			throw new IllegalArgumentException("tierdesk.mail.poll-batch-size must be at least 1");
		}
		if (pollIntakeThreads < 1) {
			throw new IllegalArgumentException("tierdesk.mail.poll-intake-threads must be at least 1");
		}
		if (pollLease.compareTo(Duration.ofSeconds(10)) < 0) {
			throw new IllegalArgumentException("tierdesk.mail.poll-lease must be at least 10 seconds");
		}
	}

}
