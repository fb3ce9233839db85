package org.tierdesk.api;

import java.net.URI;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import org.tierdesk.desk.DepartmentView;
import org.tierdesk.desk.DeskManagement;
import org.tierdesk.desk.SaveDepartmentCommand;
import org.tierdesk.desk.TicketNumberFormat;
import org.tierdesk.desk.TierView;
import org.tierdesk.identity.IdentityManagement;
import org.tierdesk.identity.Role;
import org.tierdesk.identity.SaveAgentCommand;
import org.tierdesk.identity.UserView;
import org.tierdesk.platform.InvalidInputException;
import org.tierdesk.platform.NotFoundException;

/**
 * The desk set-up for admins: tiers, departments, staff and the ticket-number format.
 */
@RestController
@RequestMapping("/api/v1/admin")
@Tag(name = "Administration", description = "Tiers, departments, agents and settings (role admin)")
class AdminApiController {

	private final DeskManagement desk;

	private final IdentityManagement identity;

	private final Clock clock;

	AdminApiController(DeskManagement desk, IdentityManagement identity, Clock clock) {
		this.desk = desk;
		this.identity = identity;
		this.clock = clock;
	}

	// Tiers

	@GetMapping("/tiers")
	@Operation(summary = "All tiers, level 1 (first line) first")
	List<TierView> tiers() {
		return this.desk.tiers();
	}

	@GetMapping("/tiers/{id}")
	@Operation(summary = "One tier")
	TierView tier(@PathVariable long id) {
		return this.desk.tier(id).orElseThrow(AdminApiController::tierNotFound);
	}

	@PostMapping("/tiers")
	@Operation(summary = "Add a tier after the last one")
	ResponseEntity<TierView> addTier(@Valid @RequestBody NameRequest request) {
		TierView tier = this.desk.addTier(request.name());
		return ResponseEntity.created(location(tier.id())).body(tier);
	}

	@PutMapping("/tiers/{id}")
	@Operation(summary = "Rename a tier")
	TierView renameTier(@PathVariable long id, @Valid @RequestBody NameRequest request) {
		return this.desk.renameTier(id, request.name());
	}

	@PostMapping("/tiers/{id}/move")
	@Operation(summary = "Move a tier one level up (towards level 1) or down; returns all tiers in their new order")
	List<TierView> moveTier(@PathVariable long id, @Valid @RequestBody MoveRequest request) {
		String direction = request.direction().strip().toLowerCase(Locale.ROOT);
		if (!direction.equals("up") && !direction.equals("down")) {
			throw new InvalidInputException("direction", "validation.oneOf", "Must be one of: {0}.", "up, down");
		}
		this.desk.moveTier(id, direction.equals("up"));
		return this.desk.tiers();
	}

	// Departments

	@GetMapping("/departments")
	@Operation(summary = "All departments, by name")
	List<DepartmentView> departments() {
		return this.desk.departments();
	}

	@GetMapping("/departments/{id}")
	@Operation(summary = "One department")
	DepartmentView department(@PathVariable long id) {
		return this.desk.department(id).orElseThrow(AdminApiController::departmentNotFound);
	}

	@PostMapping("/departments")
	@Operation(summary = "Add a department")
	ResponseEntity<DepartmentView> addDepartment(@Valid @RequestBody DepartmentRequest request) {
		DepartmentView department = this.desk
			.addDepartment(new SaveDepartmentCommand(request.name(), request.active() == null || request.active(),
					Boolean.TRUE.equals(request.confidential()), request.senderAddress()));
		return ResponseEntity.created(location(department.id())).body(department);
	}

	@PutMapping("/departments/{id}")
	@Operation(summary = "Rename a department, switch it on or off, make it confidential or give it a sending "
			+ "address (each left out keeps it as it is; an empty senderAddress removes it)")
	DepartmentView updateDepartment(@PathVariable long id, @Valid @RequestBody DepartmentRequest request) {
		DepartmentView current = department(id);
		boolean active = (request.active() != null) ? request.active() : current.active();
		boolean confidential = (request.confidential() != null) ? request.confidential() : current.confidential();
		String sender = (request.senderAddress() != null) ? request.senderAddress() : current.senderAddress();
		return this.desk.updateDepartment(id, new SaveDepartmentCommand(request.name(), active, confidential, sender));
	}

	// Agents

	@GetMapping("/agents")
	@Operation(summary = "All staff (agents and admins), by name")
	List<AgentResource> agents() {
		return this.identity.staff().stream().map(AgentResource::of).toList();
	}

	@GetMapping("/agents/{id}")
	@Operation(summary = "One agent or admin")
	AgentResource agent(@PathVariable long id) {
		return AgentResource.of(staff(id));
	}

	@PostMapping("/agents")
	@Operation(summary = "Add an agent or admin")
	ResponseEntity<AgentResource> addAgent(@Valid @RequestBody AgentRequest request) {
		AgentResource agent = AgentResource.of(this.identity.createAgent(request.toCommand()));
		return ResponseEntity.created(location(agent.id())).body(agent);
	}

	@PutMapping("/agents/{id}")
	@Operation(summary = "Change an agent or admin; a blank or missing password keeps the current one")
	AgentResource updateAgent(@PathVariable long id, @Valid @RequestBody AgentRequest request) {
		staff(id);
		return AgentResource.of(this.identity.updateAgent(id, request.toCommand()));
	}

	// Settings

	@GetMapping("/settings/number-format")
	@Operation(summary = "The ticket-number format, with an example number")
	NumberFormatResource numberFormat() {
		return NumberFormatResource.of(this.desk.numberFormat(), LocalDate.now(this.clock).getYear());
	}

	@PutMapping("/settings/number-format")
	@Operation(summary = "Change the ticket-number format for tickets created from now on")
	NumberFormatResource changeNumberFormat(@Valid @RequestBody NumberFormatRequest request) {
		this.desk
			.changeNumberFormat(new TicketNumberFormat(request.prefix(), request.includeYear(), request.padding()));
		return numberFormat();
	}

	private UserView staff(long id) {
		return this.identity.user(id)
			.filter((user) -> user.role().isStaff())
			.orElseThrow(() -> new NotFoundException("identity.user.notFound", "No such agent."));
	}

	private static URI location(long id) {
		return ServletUriComponentsBuilder.fromCurrentRequest().path("/{id}").buildAndExpand(id).toUri();
	}

	private static NotFoundException tierNotFound() {
		return new NotFoundException("desk.tier.notFound", "No such tier.");
	}

	private static NotFoundException departmentNotFound() {
		return new NotFoundException("desk.department.notFound", "No such department.");
	}

	/** A name for a new or renamed tier or department. */
	record NameRequest(@NotBlank(message = "{validation.required}") @Size(max = 100,
			message = "{validation.tooLong}") String name) {
	}

	/** Which way to move a tier: {@code up} (towards level 1) or {@code down}. */
	record MoveRequest(@NotBlank(message = "{validation.required}") String direction) {
	}

	/** A department's new name and, optionally, whether it is active. */
	record DepartmentRequest(
			@NotBlank(message = "{validation.required}") @Size(max = 100, message = "{validation.tooLong}") String name,
			Boolean active, Boolean confidential,
			@Size(max = 254, message = "{validation.tooLong}") String senderAddress) {
	}

	/** A staff member to add or change; role is {@code agent} or {@code admin}. */
	record AgentRequest(@NotBlank(message = "{validation.required}") String username,
			@NotBlank(message = "{validation.required}") String email,
			@NotBlank(message = "{validation.required}") String displayName, String password,
			@NotBlank(message = "{validation.required}") String role, Boolean enabled, Set<Long> tierIds,
			Set<Long> departmentIds, Boolean allDepartments) {

		SaveAgentCommand toCommand() {
			Role parsed = switch (this.role.strip().toLowerCase(Locale.ROOT)) {
				case "agent" -> Role.AGENT;
				case "admin" -> Role.ADMIN;
				default -> throw new InvalidInputException("role", "identity.role.invalid", "Choose agent or admin.");
			};
			return new SaveAgentCommand(this.username, this.email, this.displayName, this.password, parsed,
					this.enabled == null || this.enabled, (this.tierIds != null) ? this.tierIds : Set.of(),
					(this.departmentIds != null) ? this.departmentIds : Set.of(),
					Boolean.TRUE.equals(this.allDepartments));
		}

	}

	/** A staff member as the API shows it: never the password. */
	record AgentResource(long id, String username, String email, String displayName, String role, boolean enabled,
			Set<Long> tierIds, Set<Long> departmentIds, boolean allDepartments) {

		static AgentResource of(UserView user) {
			return new AgentResource(user.id(), user.username(), user.email(), user.displayName(),
					user.role().name().toLowerCase(Locale.ROOT), user.enabled(), user.tierIds(), user.departmentIds(),
					user.allDepartments());
		}

	}

	/** The ticket-number format, e.g. prefix TD, no year, padding 6 gives TD-000042. */
	record NumberFormatRequest(@NotBlank(message = "{validation.required}") String prefix, boolean includeYear,
			@NotNull(message = "{validation.required}") Integer padding) {
	}

	/** The ticket-number format with an example of a number it produces. */
	record NumberFormatResource(String prefix, boolean includeYear, int padding, String example) {

		static NumberFormatResource of(TicketNumberFormat format, int year) {
			return new NumberFormatResource(format.prefix(), format.includeYear(), format.padding(),
					format.format(42, year));
		}

	}

}
