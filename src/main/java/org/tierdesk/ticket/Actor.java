package org.tierdesk.ticket;

/**
 * Who is acting on a ticket: an agent, a customer (signed in or a guest) or the system.
 */
public record Actor(Long userId, String name, String email, AuthorType type) {

	public static Actor agent(long userId, String name, String email) {
		return new Actor(userId, name, email, AuthorType.AGENT);
	}

	public static Actor customer(Long userId, String name, String email) {
		return new Actor(userId, name, email, AuthorType.CUSTOMER);
	}

	public static Actor system() {
		return new Actor(null, "Tierdesk", null, AuthorType.SYSTEM);
	}

	public boolean isAgent() {
		return this.type == AuthorType.AGENT;
	}

}
