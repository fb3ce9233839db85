package org.tierdesk.desk.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tierdesk.desk.DepartmentView;
import org.tierdesk.desk.DeskManagement;
import org.tierdesk.desk.TicketNumberFormat;
import org.tierdesk.desk.TierView;
import org.tierdesk.platform.ConflictException;
import org.tierdesk.platform.NotFoundException;

@Service
@Transactional(readOnly = true)
class DeskService implements DeskManagement {

	static final String GENERAL_DEPARTMENT = "General";

	private final TierRepository tiers;

	private final DepartmentRepository departments;

	private final DeskSettingsRepository settings;

	DeskService(TierRepository tiers, DepartmentRepository departments, DeskSettingsRepository settings) {
		this.tiers = tiers;
		this.departments = departments;
		this.settings = settings;
	}

	@Override
	public List<TierView> tiers() {
		List<Tier> ordered = this.tiers.findAllByOrderByPositionAscIdAsc();
		List<TierView> views = new ArrayList<>(ordered.size());
		for (int i = 0; i < ordered.size(); i++) {
			views.add(ordered.get(i).toView(i + 1));
		}
		return views;
	}

	@Override
	public Optional<TierView> tier(long tierId) {
		return tiers().stream().filter((tier) -> tier.id() == tierId).findFirst();
	}

	@Override
	public Optional<TierView> tierAtLevel(int level) {
		List<TierView> all = tiers();
		return (level >= 1 && level <= all.size()) ? Optional.of(all.get(level - 1)) : Optional.empty();
	}

	@Override
	public TierView firstTier() {
		return tierAtLevel(1).orElseThrow(() -> new IllegalStateException("The desk has no tiers"));
	}

	@Override
	public Optional<TierView> nextTier(long tierId) {
		return tier(tierId).flatMap((tier) -> tierAtLevel(tier.level() + 1));
	}

	@Override
	public Optional<TierView> previousTier(long tierId) {
		return tier(tierId).flatMap((tier) -> tierAtLevel(tier.level() - 1));
	}

	@Override
	@Transactional
	public TierView addTier(String name) {
		List<Tier> ordered = this.tiers.findAllByOrderByPositionAscIdAsc();
		int position = ordered.isEmpty() ? 1 : ordered.get(ordered.size() - 1).getPosition() + 1;
		Tier tier = this.tiers.save(new Tier(name, position));
		return tier.toView(ordered.size() + 1);
	}

	@Override
	@Transactional
	public TierView renameTier(long tierId, String name) {
		Tier tier = this.tiers.findById(tierId).orElseThrow(() -> tierNotFound(tierId));
		tier.rename(name);
		return tier(tierId).orElseThrow();
	}

	@Override
	@Transactional
	public void moveTier(long tierId, boolean up) {
		List<Tier> ordered = this.tiers.findAllByOrderByPositionAscIdAsc();
		int index = -1;
		for (int i = 0; i < ordered.size(); i++) {
			if (ordered.get(i).getId() == tierId) {
				index = i;
			}
		}
		if (index < 0) {
			throw tierNotFound(tierId);
		}
		int target = up ? index - 1 : index + 1;
		if (target < 0 || target >= ordered.size()) {
			return;
		}
		ordered.add(target, ordered.remove(index));
		for (int i = 0; i < ordered.size(); i++) {
			ordered.get(i).moveTo(i + 1);
		}
	}

	@Override
	public List<DepartmentView> departments() {
		return this.departments.findAllByOrderByNameAsc().stream().map(Department::toView).toList();
	}

	@Override
	public Optional<DepartmentView> department(long departmentId) {
		return this.departments.findById(departmentId).map(Department::toView);
	}

	@Override
	public Optional<DepartmentView> departmentNamed(String name) {
		return (name != null) ? this.departments.findByNameIgnoreCase(name.strip()).map(Department::toView)
				: Optional.empty();
	}

	@Override
	public DepartmentView defaultDepartment() {
		return departmentNamed(GENERAL_DEPARTMENT)
			.or(() -> departments().stream().filter(DepartmentView::active).findFirst())
			.orElseThrow(() -> new IllegalStateException("The desk has no departments"));
	}

	@Override
	@Transactional
	public DepartmentView addDepartment(String name) {
		Department department = new Department(name);
		if (this.departments.findByNameIgnoreCase(department.getName()).isPresent()) {
			throw duplicateDepartment(department.getName());
		}
		try {
			return this.departments.saveAndFlush(department).toView();
		}
		catch (DataIntegrityViolationException ex) {
			throw duplicateDepartment(department.getName());
		}
	}

	@Override
	@Transactional
	public DepartmentView updateDepartment(long departmentId, String name, boolean active) {
		Department department = this.departments.findById(departmentId)
			.orElseThrow(() -> new NotFoundException("desk.department.notFound", "No such department."));
		this.departments.findByNameIgnoreCase(DeskNames.require(name, "name"))
			.filter((other) -> !other.getId().equals(departmentId))
			.ifPresent((other) -> {
				throw duplicateDepartment(other.getName());
			});
		department.update(name, active);
		return department.toView();
	}

	@Override
	public TicketNumberFormat numberFormat() {
		return this.settings.findById(DeskSettings.SINGLETON_ID)
			.map(DeskSettings::numberFormat)
			.orElseGet(TicketNumberFormat::defaults);
	}

	@Override
	@Transactional
	public void changeNumberFormat(TicketNumberFormat format) {
		this.settings.findById(DeskSettings.SINGLETON_ID)
			.ifPresentOrElse((existing) -> existing.change(format), () -> this.settings.save(new DeskSettings(format)));
	}

	@Transactional
	void createDefaultsIfEmpty() {
		if (this.tiers.count() == 0) {
			this.tiers.save(new Tier("Level 1 — Service desk", 1));
			this.tiers.save(new Tier("Level 2 — Specialists", 2));
		}
		if (this.departments.count() == 0) {
			this.departments.save(new Department(GENERAL_DEPARTMENT));
		}
		if (this.settings.findById(DeskSettings.SINGLETON_ID).isEmpty()) {
			this.settings.save(new DeskSettings(TicketNumberFormat.defaults()));
		}
	}

	private static NotFoundException tierNotFound(long tierId) {
		return new NotFoundException("desk.tier.notFound", "No such tier.");
	}

	private static ConflictException duplicateDepartment(String name) {
		return new ConflictException("desk.department.duplicate", "A department with this name exists already.", name);
	}

}
