package org.tierdesk.identity.web;

import java.util.LinkedHashSet;
import java.util.Set;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.tierdesk.identity.Role;
import org.tierdesk.identity.SaveAgentCommand;
import org.tierdesk.identity.UserView;

/**
 * A staff member as edited by an admin. The password is only required for a new agent; a
 * blank one on edit keeps the current password.
 */
public class AgentForm {

	@NotBlank(message = "{validation.required}")
	@Size(max = 200, message = "{validation.tooLong}")
	private String displayName;

	@NotBlank(message = "{validation.required}")
	@Size(max = 100, message = "{validation.tooLong}")
	private String username;

	@NotBlank(message = "{validation.required}")
	@Size(max = 254, message = "{validation.tooLong}")
	private String email;

	@Size(max = 128, message = "{validation.tooLong}")
	private String password;

	@NotNull(message = "{identity.role.invalid}")
	@Pattern(regexp = "AGENT|ADMIN", message = "{identity.role.invalid}")
	private String role = Role.AGENT.name();

	private boolean enabled = true;

	private Set<Long> tierIds = new LinkedHashSet<>();

	private Set<Long> departmentIds = new LinkedHashSet<>();

	private boolean allDepartments;

	static AgentForm of(UserView user) {
		AgentForm form = new AgentForm();
		form.setDisplayName(user.displayName());
		form.setUsername(user.username());
		form.setEmail(user.email());
		form.setRole(user.role().name());
		form.setEnabled(user.enabled());
		form.setTierIds(new LinkedHashSet<>(user.tierIds()));
		form.setDepartmentIds(new LinkedHashSet<>(user.departmentIds()));
		form.setAllDepartments(user.allDepartments());
		return form;
	}

	SaveAgentCommand toCommand() {
		return new SaveAgentCommand(this.username, this.email, this.displayName, this.password, Role.valueOf(this.role),
				this.enabled, Set.copyOf(this.tierIds), Set.copyOf(this.departmentIds), this.allDepartments);
	}

	public String getDisplayName() {
		return this.displayName;
	}

	public void setDisplayName(String displayName) {
		this.displayName = displayName;
	}

	public String getUsername() {
		return this.username;
	}

	public void setUsername(String username) {
		this.username = username;
	}

	public String getEmail() {
		return this.email;
	}

	public void setEmail(String email) {
		this.email = email;
	}

	public String getPassword() {
		return this.password;
	}

	public void setPassword(String password) {
		this.password = password;
	}

	public String getRole() {
		return this.role;
	}

	public void setRole(String role) {
		this.role = role;
	}

	public boolean isEnabled() {
		return this.enabled;
	}

	public void setEnabled(boolean enabled) {
		this.enabled = enabled;
	}

	public Set<Long> getTierIds() {
		return this.tierIds;
	}

	public void setTierIds(Set<Long> tierIds) {
		this.tierIds = (tierIds != null) ? tierIds : new LinkedHashSet<>();
	}

	public boolean isAllDepartments() {
		return this.allDepartments;
	}

	public void setAllDepartments(boolean allDepartments) {
		this.allDepartments = allDepartments;
	}

	public Set<Long> getDepartmentIds() {
		return this.departmentIds;
	}

	public void setDepartmentIds(Set<Long> departmentIds) {
		this.departmentIds = (departmentIds != null) ? departmentIds : new LinkedHashSet<>();
	}

}
