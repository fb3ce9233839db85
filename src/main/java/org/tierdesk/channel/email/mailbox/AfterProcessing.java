package org.tierdesk.channel.email.mailbox;

/**
 * What the poller does with a message on the mail server once its ticket is committed.
 */
public enum AfterProcessing {

	/** Flag it \Seen and leave it in the folder (IMAP only). */
	MARK_SEEN,
	/** Delete it (IMAP: flag \Deleted and expunge; POP3: DELE before QUIT). */
	DELETE

}
