package org.tierdesk.identity.domain;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;
import org.tierdesk.desk.DepartmentView;
import org.tierdesk.desk.DeskManagement;
import org.tierdesk.desk.TierView;
import org.tierdesk.identity.ApiTokenView;
import org.tierdesk.identity.CreatedApiToken;
import org.tierdesk.identity.IdentityManagement;
import org.tierdesk.identity.RegisterCustomerCommand;
import org.tierdesk.identity.Role;
import org.tierdesk.identity.SaveAgentCommand;
import org.tierdesk.identity.TierdeskPrincipal;
import org.tierdesk.identity.UserPreferences;
import org.tierdesk.identity.UserView;
import org.tierdesk.platform.ConflictException;
import org.tierdesk.platform.InvalidInputException;
import org.tierdesk.platform.NotFoundException;

@Service
@Transactional(readOnly = true)
public class IdentityService implements IdentityManagement, UserDetailsService {

	static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9._@+-]{1,99}");

	static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

	static final int MIN_PASSWORD = 8;

	static final Duration TOKEN_CACHE_TTL = Duration.ofSeconds(10);

	static final int TOKEN_CACHE_MAX = 10_000;

	private static final SecureRandom RANDOM = new SecureRandom();

	private final Map<String, CachedPrincipal> tokenCache = new ConcurrentHashMap<>();

	private final TransactionTemplate transactions;

	private final UserRepository users;

	private final ApiTokenRepository tokens;

	private final PasswordEncoder passwordEncoder;

	private final Clock clock;

	private final DeskManagement desk;

	IdentityService(UserRepository users, ApiTokenRepository tokens, PasswordEncoder passwordEncoder, Clock clock,
			DeskManagement desk, PlatformTransactionManager transactionManager) {
		this.transactions = new TransactionTemplate(transactionManager);
		this.users = users;
		this.tokens = tokens;
		this.passwordEncoder = passwordEncoder;
		this.clock = clock;
		this.desk = desk;
	}

	@Override
	public UserDetails loadUserByUsername(String username) {
		return findUser(username).map(User::toPrincipal)
			.orElseThrow(() -> new UsernameNotFoundException("No such user"));
	}

	private Optional<User> findUser(String usernameOrEmail) {
		if (usernameOrEmail == null || usernameOrEmail.isBlank()) {
			return Optional.empty();
		}
		String key = User.normalize(usernameOrEmail);
		return this.users.findByUsername(key).or(() -> this.users.findByEmail(key));
	}

	@Override
	public Optional<UserView> user(long userId) {
		return this.users.findById(userId).map(User::toView);
	}

	@Override
	public UserPreferences preferences(long userId) {
		return this.users.findById(userId).map(User::preferences).orElseThrow(IdentityService::userNotFound);
	}

	@Override
	@Transactional
	public UserPreferences changePreferences(long userId, UserPreferences preferences) {
		User user = this.users.findById(userId).orElseThrow(IdentityService::userNotFound);
		user.changePreferences(preferences);
		return user.preferences();
	}

	private static NotFoundException userNotFound() {
		return new NotFoundException("identity.user.notFound", "No such user.");
	}

	@Override
	public Optional<UserView> userNamed(String usernameOrEmail) {
		return findUser(usernameOrEmail).map(User::toView);
	}

	@Override
	public Map<Long, String> displayNames(Collection<Long> userIds) {
		Map<Long, String> names = new HashMap<>();
		if (!userIds.isEmpty()) {
			for (Object[] row : this.users.findDisplayNames(userIds)) {
				names.put((Long) row[0], (String) row[1]);
			}
		}
		return names;
	}

	@Override
	public Map<Long, String> usernames(Collection<Long> userIds) {
		Map<Long, String> names = new HashMap<>();
		if (!userIds.isEmpty()) {
			for (Object[] row : this.users.findUsernames(userIds)) {
				names.put((Long) row[0], (String) row[1]);
			}
		}
		return names;
	}

	@Override
	public List<UserView> staff() {
		return this.users.findByRoleInOrderByDisplayNameAsc(EnumSet.of(Role.AGENT, Role.ADMIN))
			.stream()
			.map(User::toView)
			.toList();
	}

	@Override
	public List<UserView> agentsOfTier(long tierId) {
		return staff().stream().filter((user) -> user.enabled() && user.worksAtTier(tierId)).toList();
	}

	@Override
	@Transactional
	public UserView createAgent(SaveAgentCommand command) {
		validateStaff(command, null);
		requirePassword(command.password());
		User user = new User(command.username(), command.email(), command.displayName(),
				this.passwordEncoder.encode(command.password()), command.role(), this.clock.instant());
		user.update(command.username(), command.email(), command.displayName(), command.role(), command.enabled(),
				safe(command.tierIds()), safe(command.departmentIds()));
		user.grantAllDepartments(command.allDepartments());
		return this.users.save(user).toView();
	}

	@Override
	@Transactional
	public UserView updateAgent(long userId, SaveAgentCommand command) {
		User user = this.users.findById(userId)
			.filter((found) -> found.getRole().isStaff())
			.orElseThrow(() -> new NotFoundException("identity.user.notFound", "No such agent."));
		validateStaff(command, userId);
		if (user.getRole() == Role.ADMIN && (command.role() != Role.ADMIN || !command.enabled())
				&& countEnabledAdmins() <= 1) {
			throw new ConflictException("identity.user.lastAdmin", "The last admin cannot lose the admin role.");
		}
		if (command.password() != null && !command.password().isBlank()) {
			requirePassword(command.password());
			user.changePasswordHash(this.passwordEncoder.encode(command.password()));
		}
		user.update(command.username(), command.email(), command.displayName(), command.role(), command.enabled(),
				safe(command.tierIds()), safe(command.departmentIds()));
		user.grantAllDepartments(command.allDepartments());
		this.tokenCache.clear();
		return user.toView();
	}

	private long countEnabledAdmins() {
		return this.users.findByRoleInOrderByDisplayNameAsc(EnumSet.of(Role.ADMIN))
			.stream()
			.filter((user) -> user.toView().enabled())
			.count();
	}

	@Override
	@Transactional
	public UserView registerCustomer(RegisterCustomerCommand command) {
		requireName(command.displayName());
		String email = requireEmail(command.email());
		requirePassword(command.password());
		if (this.users.findByEmail(email).isPresent() || this.users.findByUsername(email).isPresent()) {
			throw new ConflictException("identity.user.emailTaken", "An account with this e-mail address exists.");
		}
		User user = new User(email, email, command.displayName(), this.passwordEncoder.encode(command.password()),
				Role.CUSTOMER, this.clock.instant());
		return this.users.save(user).toView();
	}

	@Override
	@Transactional
	public CreatedApiToken createApiToken(long userId, String name) {
		User user = this.users.findById(userId)
			.filter((found) -> found.getRole().isStaff())
			.orElseThrow(() -> new NotFoundException("identity.user.notFound", "No such agent."));
		String label = (name == null || name.isBlank()) ? "API token" : name.strip();
		if (label.length() > 100) {
			throw new InvalidInputException("name", "validation.tooLong", "At most {0} characters.", 100);
		}
		byte[] random = new byte[32];
		RANDOM.nextBytes(random);
		String secret = "td_" + Base64.getUrlEncoder().withoutPadding().encodeToString(random);
		ApiToken token = this.tokens.save(new ApiToken(user.getId(), label, digest(secret),
				secret.substring(secret.length() - 4), this.clock.instant()));
		return new CreatedApiToken(token.toView(), secret);
	}

	@Override
	public List<ApiTokenView> apiTokens(long userId) {
		return this.tokens.findByUserIdOrderByCreatedAtDesc(userId).stream().map(ApiToken::toView).toList();
	}

	@Override
	@Transactional
	public void revokeApiToken(long userId, long tokenId) {
		ApiToken token = this.tokens.findById(tokenId)
			.filter((found) -> found.getUserId() == userId)
			.orElseThrow(() -> new NotFoundException("identity.token.notFound", "No such API token."));
		this.tokens.delete(token);
		this.tokenCache.clear();
	}

	/**
	 * Finds the enabled user a bearer token belongs to. Answers are kept in memory for a
	 * few seconds so that an API request costs no database round trip for authentication;
	 * revoking a token or changing a user clears this node's memory at once, other nodes
	 * follow within {@link #TOKEN_CACHE_TTL}.
	 */
	@Transactional(propagation = Propagation.NOT_SUPPORTED)
	public Optional<TierdeskPrincipal> authenticateToken(String secret) {
		if (secret == null || !secret.startsWith("td_") || secret.length() > 100) {
			return Optional.empty();
		}
		String digest = digest(secret);
		long now = System.nanoTime();
		CachedPrincipal cached = this.tokenCache.get(digest);
		if (cached != null && now - cached.cachedAtNanos() < TOKEN_CACHE_TTL.toNanos()) {
			return Optional.of(cached.principal());
		}
		Optional<TierdeskPrincipal> principal = this.transactions.execute((status) -> lookUpToken(digest));
		if (principal != null && principal.isPresent()) {
			if (this.tokenCache.size() >= TOKEN_CACHE_MAX) {
				this.tokenCache.clear();
			}
			this.tokenCache.put(digest, new CachedPrincipal(principal.get(), now));
			return principal;
		}
		this.tokenCache.remove(digest);
		return Optional.empty();
	}

	private Optional<TierdeskPrincipal> lookUpToken(String digest) {
		return this.tokens.findByTokenHash(digest).flatMap((token) -> {
			if (token.needsUsageUpdate(this.clock.instant())) {
				this.tokens.touch(token.getId(), this.clock.instant());
			}
			return this.users.findById(token.getUserId()).map(User::toPrincipal).filter(TierdeskPrincipal::isEnabled);
		});
	}

	/** A token's user as recently looked up. */
	record CachedPrincipal(TierdeskPrincipal principal, long cachedAtNanos) {
	}

	/** Creates the first admin when the desk has none. */
	@Transactional
	public boolean createFirstAdminIfMissing(String password, Set<Long> tierIds, Set<Long> departmentIds) {
		if (this.users.existsByRole(Role.ADMIN)) {
			return false;
		}
		User admin = new User("admin", "admin@tierdesk.local", "Administrator", this.passwordEncoder.encode(password),
				Role.ADMIN, this.clock.instant());
		admin.update("admin", "admin@tierdesk.local", "Administrator", Role.ADMIN, true, tierIds, departmentIds);
		this.users.save(admin);
		return true;
	}

	private void validateStaff(SaveAgentCommand command, Long userId) {
		if (command.username() == null || !USERNAME.matcher(User.normalize(command.username())).matches()) {
			throw new InvalidInputException("username", "identity.username.invalid",
					"2 to 100 lower-case letters, digits or . _ @ + -");
		}
		requireName(command.displayName());
		String email = requireEmail(command.email());
		if (command.role() == null || !command.role().isStaff()) {
			throw new InvalidInputException("role", "identity.role.invalid", "Choose agent or admin.");
		}
		requireKnown(safe(command.tierIds()), this.desk.tiers().stream().map(TierView::id).toList(), "tierIds");
		requireKnown(safe(command.departmentIds()), this.desk.departments().stream().map(DepartmentView::id).toList(),
				"departmentIds");
		this.users.findByUsername(User.normalize(command.username()))
			.filter((other) -> !other.getId().equals(userId))
			.ifPresent((other) -> {
				throw new ConflictException("identity.user.usernameTaken", "This user name is taken.");
			});
		this.users.findByEmail(email).filter((other) -> !other.getId().equals(userId)).ifPresent((other) -> {
			throw new ConflictException("identity.user.emailTaken", "An account with this e-mail address exists.");
		});
	}

	private static void requireKnown(Set<Long> ids, Collection<Long> known, String field) {
		if (!known.containsAll(ids)) {
			throw new InvalidInputException(field, "validation.invalid", "This value is not valid.");
		}
	}

	private static void requireName(String name) {
		if (name == null || name.isBlank()) {
			throw new InvalidInputException("displayName", "validation.required", "This field is required.");
		}
		if (name.strip().length() > 200) {
			throw new InvalidInputException("displayName", "validation.tooLong", "At most {0} characters.", 200);
		}
	}

	private static String requireEmail(String email) {
		String normalized = (email != null) ? User.normalize(email) : "";
		if (normalized.length() > 254 || !EMAIL.matcher(normalized).matches()) {
			throw new InvalidInputException("email", "validation.email", "Enter a valid e-mail address.");
		}
		return normalized;
	}

	private static void requirePassword(String password) {
		if (password == null || password.length() < MIN_PASSWORD) {
			throw new InvalidInputException("password", "identity.password.tooShort",
					"The password needs at least {0} characters.", MIN_PASSWORD);
		}
		if (password.length() > 128) {
			throw new InvalidInputException("password", "validation.tooLong", "At most {0} characters.", 128);
		}
	}

	private static Set<Long> safe(Set<Long> ids) {
		return (ids != null) ? ids : Set.of();
	}

	static String digest(String secret) {
		try {
			MessageDigest sha = MessageDigest.getInstance("SHA-256");
			return HexFormat.of().formatHex(sha.digest(secret.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
