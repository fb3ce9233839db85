package org.tierdesk.ticket;

/**
 * Who wrote a message.
 */
public enum AuthorType {

	CUSTOMER, AGENT, SYSTEM

}
