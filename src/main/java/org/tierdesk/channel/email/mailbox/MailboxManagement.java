package org.tierdesk.channel.email.mailbox;

import java.util.List;
import java.util.Optional;

import org.tierdesk.channel.email.MailSource;
import org.tierdesk.channel.email.SupportAddresses;

/**
 * The mailboxes the desk receives mail from. As {@link SupportAddresses} it says where
 * mail delivered directly to an address goes: the enabled mailbox with that support
 * address (ignoring case, angle brackets and a {@code +tag}).
 */
public interface MailboxManagement extends SupportAddresses {

	/** All mailboxes, by name. */
	List<MailboxView> mailboxes();

	/** The mailbox with this id. */
	Optional<MailboxView> mailbox(long id);

	/** Adds a mailbox; an enabled, polled one is polled at the next check. */
	MailboxView create(SaveMailboxCommand command);

	/** Changes a mailbox; a blank secret keeps the stored one (see the command). */
	MailboxView update(long id, SaveMailboxCommand command);

	/** Removes a mailbox; mail already received stays. */
	void delete(long id);

	/** Connects to a saved mailbox and counts the messages waiting. */
	ConnectionCheck testConnection(long id);

	/**
	 * Connects with settings not saved yet (a form being edited); a blank secret uses the
	 * one stored for {@code mailboxId}, if the server and sign-in method are unchanged.
	 */
	ConnectionCheck testConnection(SaveMailboxCommand settings, Long mailboxId);

	/**
	 * Asks for the mailbox to be polled at the next check instead of after its interval.
	 */
	void pollSoon(long id);

	/**
	 * The support addresses of the enabled mailboxes, the ones direct delivery accepts.
	 */
	List<String> supportAddresses();

}
