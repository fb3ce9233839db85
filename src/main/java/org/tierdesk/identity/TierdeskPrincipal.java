package org.tierdesk.identity;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/**
 * The signed-in user, whether they came through the login form, HTTP Basic or an API
 * token.
 */
public final class TierdeskPrincipal implements UserDetails {

	private final long id;

	private final String username;

	private final String displayName;

	private final String email;

	private final Role role;

	private final boolean enabled;

	private final transient String passwordHash;

	public TierdeskPrincipal(long id, String username, String displayName, String email, Role role, boolean enabled,
			String passwordHash) {
		this.id = id;
		this.username = username;
		this.displayName = displayName;
		this.email = email;
		this.role = role;
		this.enabled = enabled;
		this.passwordHash = passwordHash;
	}

	public long id() {
		return this.id;
	}

	public String displayName() {
		return this.displayName;
	}

	public String email() {
		return this.email;
	}

	public Role role() {
		return this.role;
	}

	public boolean isStaff() {
		return this.role.isStaff();
	}

	@Override
	public Collection<? extends GrantedAuthority> getAuthorities() {
		List<GrantedAuthority> authorities = new ArrayList<>();
		authorities.add(new SimpleGrantedAuthority("ROLE_" + this.role.name()));
		if (this.role == Role.ADMIN) {
			authorities.add(new SimpleGrantedAuthority("ROLE_" + Role.AGENT.name()));
		}
		return authorities;
	}

	@Override
	public String getPassword() {
		return this.passwordHash;
	}

	@Override
	public String getUsername() {
		return this.username;
	}

	@Override
	public boolean isEnabled() {
		return this.enabled;
	}

	@Override
	public String toString() {
		return "TierdeskPrincipal[" + this.username + ", " + this.role + "]";
	}

}
