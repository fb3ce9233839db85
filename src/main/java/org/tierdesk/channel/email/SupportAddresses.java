package org.tierdesk.channel.email;

import java.util.Optional;

/**
 * The addresses customers write to, each belonging to a mailbox that says where new
 * tickets go. The SMTP receiver accepts mail only for these.
 */
public interface SupportAddresses {

	/** The mailbox source for a support address (case-insensitive), if it is one. */
	Optional<MailSource> sourceFor(String address);

}
