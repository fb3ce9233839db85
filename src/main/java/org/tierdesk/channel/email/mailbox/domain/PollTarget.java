package org.tierdesk.channel.email.mailbox.domain;

import org.tierdesk.channel.email.MailSource;
import org.tierdesk.channel.email.mailbox.AfterProcessing;
import org.tierdesk.channel.email.mailbox.MailAuthMethod;
import org.tierdesk.channel.email.mailbox.MailProtocol;

/**
 * Everything needed to connect to a mailbox and hand its mail over, detached from the
 * persistence context. {@link #toString()} leaves the secret out.
 */
record PollTarget(Long mailboxId, MailProtocol protocol, String host, int port, String username,
		MailAuthMethod authMethod, String secret, String folder, AfterProcessing afterProcessing,
		int pollIntervalSeconds, MailSource source) {

	@Override
	public String toString() {
		return "PollTarget[mailbox=" + this.mailboxId + ", " + this.protocol + "://" + this.username + "@" + this.host
				+ ":" + this.port + "/" + this.folder + "]";
	}

}
