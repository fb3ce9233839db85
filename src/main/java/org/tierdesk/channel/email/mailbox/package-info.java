/**
 * Mailboxes the desk receives mail from: their settings, polling over IMAP and POP3 (one
 * node per mailbox at a time) and the support addresses that direct delivery accepts.
 */
package org.tierdesk.channel.email.mailbox;
