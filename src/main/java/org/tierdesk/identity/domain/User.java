package org.tierdesk.identity.domain;

import java.time.Instant;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hibernate.annotations.BatchSize;

import org.tierdesk.identity.Role;
import org.tierdesk.identity.TierdeskPrincipal;
import org.tierdesk.identity.UserPreferences;
import org.tierdesk.identity.UserView;

@Entity
@Table(name = "app_user")
class User {

	@Id
	@GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "app_user_seq")
	@SequenceGenerator(name = "app_user_seq", sequenceName = "app_user_seq", allocationSize = 50)
	private Long id;

	private String username;

	private String email;

	@Column(name = "display_name")
	private String displayName;

	@Column(name = "password_hash")
	private String passwordHash;

	@Enumerated(EnumType.STRING)
	private Role role;

	private boolean enabled;

	private String locale;

	@Column(name = "time_zone")
	private String timeZone;

	@Column(name = "created_at")
	private Instant createdAt;

	@ElementCollection(fetch = FetchType.EAGER)
	@BatchSize(size = 100)
	@CollectionTable(name = "app_user_tier", joinColumns = @JoinColumn(name = "user_id"))
	@Column(name = "tier_id")
	private Set<Long> tierIds = new HashSet<>();

	@ElementCollection(fetch = FetchType.EAGER)
	@BatchSize(size = 100)
	@CollectionTable(name = "app_user_department", joinColumns = @JoinColumn(name = "user_id"))
	@Column(name = "department_id")
	private Set<Long> departmentIds = new HashSet<>();

	@Column(name = "all_departments")
	private boolean allDepartments;

	@Version
	private long version;

	protected User() {
	}

	User(String username, String email, String displayName, String passwordHash, Role role, Instant createdAt) {
		this.username = normalize(username);
		this.email = normalize(email);
		this.displayName = displayName.strip();
		this.passwordHash = passwordHash;
		this.role = role;
		this.enabled = true;
		this.createdAt = createdAt;
	}

	static String normalize(String value) {
		return value.strip().toLowerCase(Locale.ROOT);
	}

	void update(String username, String email, String displayName, Role role, boolean enabled, Set<Long> tierIds,
			Set<Long> departmentIds) {
		this.username = normalize(username);
		this.email = normalize(email);
		this.displayName = displayName.strip();
		this.role = role;
		this.enabled = enabled;
		this.tierIds.clear();
		this.tierIds.addAll(tierIds);
		this.departmentIds.clear();
		this.departmentIds.addAll(departmentIds);
	}

	void grantAllDepartments(boolean allDepartments) {
		this.allDepartments = allDepartments;
	}

	void changePreferences(UserPreferences preferences) {
		this.locale = preferences.language();
		this.timeZone = preferences.timeZone();
	}

	UserPreferences preferences() {
		return new UserPreferences(this.locale, this.timeZone);
	}

	void changePasswordHash(String passwordHash) {
		this.passwordHash = passwordHash;
	}

	Long getId() {
		return this.id;
	}

	Role getRole() {
		return this.role;
	}

	String getDisplayName() {
		return this.displayName;
	}

	UserView toView() {
		return new UserView(this.id, this.username, this.email, this.displayName, this.role, this.enabled,
				Set.copyOf(this.tierIds), Set.copyOf(this.departmentIds), this.allDepartments);
	}

	TierdeskPrincipal toPrincipal() {
		return new TierdeskPrincipal(this.id, this.username, this.displayName, this.email, this.role, this.enabled,
				this.passwordHash);
	}

}
