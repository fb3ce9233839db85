package org.tierdesk.identity;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Users, their roles and tiers, and their API tokens.
 */
public interface IdentityManagement {

	/** The user with this id. */
	Optional<UserView> user(long userId);

	/** The user with this user name (or e-mail address), ignoring case. */
	Optional<UserView> userNamed(String usernameOrEmail);

	/** Display names of these users, by id. */
	Map<Long, String> displayNames(Collection<Long> userIds);

	/** User names of these users, by id, in one query. */
	Map<Long, String> usernames(Collection<Long> userIds);

	/** All staff (agents and admins), by name. */
	List<UserView> staff();

	/** Enabled staff who work at this tier. */
	List<UserView> agentsOfTier(long tierId);

	/** Adds an agent or admin. */
	UserView createAgent(SaveAgentCommand command);

	/** Changes an agent or admin. */
	UserView updateAgent(long userId, SaveAgentCommand command);

	/** Registers a portal customer. */
	UserView registerCustomer(RegisterCustomerCommand command);

	/** Creates a personal API token for this user. */
	CreatedApiToken createApiToken(long userId, String name);

	/** The API tokens of this user. */
	List<ApiTokenView> apiTokens(long userId);

	/** Revokes one of this user's API tokens. */
	void revokeApiToken(long userId, long tokenId);

	/** The user's language and time zone settings. */
	UserPreferences preferences(long userId);

	/** Changes the user's language and time zone settings. */
	UserPreferences changePreferences(long userId, UserPreferences preferences);

}
