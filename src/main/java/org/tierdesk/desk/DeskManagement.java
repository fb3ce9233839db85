package org.tierdesk.desk;

import java.util.List;
import java.util.Optional;

/**
 * The desk set-up: tiers, departments and the ticket-number format.
 */
public interface DeskManagement {

	/** All tiers, first line first. */
	List<TierView> tiers();

	/** The tier with this id. */
	Optional<TierView> tier(long tierId);

	/** The tier at this level (1 = first line). */
	Optional<TierView> tierAtLevel(int level);

	/** The first-line tier, where new tickets start. */
	TierView firstTier();

	/** The tier after this one, if there is one. */
	Optional<TierView> nextTier(long tierId);

	/** The tier before this one, if there is one. */
	Optional<TierView> previousTier(long tierId);

	/** Adds a tier after the last one. */
	TierView addTier(String name);

	/** Renames a tier. */
	TierView renameTier(long tierId, String name);

	/** Moves a tier one place up (towards level 1) or down. */
	void moveTier(long tierId, boolean up);

	/** All departments, by name. */
	List<DepartmentView> departments();

	/** The department with this id. */
	Optional<DepartmentView> department(long departmentId);

	/** The department with this name, ignoring case. */
	Optional<DepartmentView> departmentNamed(String name);

	/** The department tickets go to when none is chosen. */
	DepartmentView defaultDepartment();

	/** Adds a department. */
	DepartmentView addDepartment(String name);

	/** Renames a department or switches it on or off, keeping the rest. */
	DepartmentView updateDepartment(long departmentId, String name, boolean active);

	/** Changes a department: name, active, confidential and sending address. */
	DepartmentView updateDepartment(long departmentId, SaveDepartmentCommand command);

	/** Adds a department with all its settings. */
	DepartmentView addDepartment(SaveDepartmentCommand command);

	/** The current ticket-number format. */
	TicketNumberFormat numberFormat();

	/** Changes the ticket-number format for tickets created from now on. */
	void changeNumberFormat(TicketNumberFormat format);

}
