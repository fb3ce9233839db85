package org.tierdesk.desk.domain;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tierdesk.desk.DepartmentView;
import org.tierdesk.desk.DeskManagement;
import org.tierdesk.desk.SaveDepartmentCommand;
import org.tierdesk.desk.TicketNumberFormat;
import org.tierdesk.desk.TierView;
import org.tierdesk.platform.ConflictException;
import org.tierdesk.platform.NotFoundException;

@Service
class DeskService implements DeskManagement {

	/**
	 * How long a node serves the desk set-up from memory. The set-up is read for every
	 * ticket and changes rarely; a change made on another node is seen within this time,
	 * a change on this node at once.
	 */
	static final Duration SNAPSHOT_TTL = Duration.ofSeconds(5);

	private final SetupCache<Snapshot> snapshot = new SetupCache<>(SNAPSHOT_TTL, this::load);

	static final String GENERAL_DEPARTMENT = "General";

	private final TierRepository tiers;

	private final DepartmentRepository departments;

	private final DeskSettingsRepository settings;

	DeskService(TierRepository tiers, DepartmentRepository departments, DeskSettingsRepository settings) {
		this.tiers = tiers;
		this.departments = departments;
		this.settings = settings;
	}

	private Snapshot snapshot() {
		return this.snapshot.get();
	}

	private Snapshot load() {
		List<Tier> ordered = this.tiers.findAllByOrderByPositionAscIdAsc();
		List<TierView> tierViews = new ArrayList<>(ordered.size());
		for (int i = 0; i < ordered.size(); i++) {
			tierViews.add(ordered.get(i).toView(i + 1));
		}
		List<DepartmentView> departmentViews = this.departments.findAllByOrderByNameAsc()
			.stream()
			.map(Department::toView)
			.toList();
		TicketNumberFormat format = this.settings.findById(DeskSettings.SINGLETON_ID)
			.map(DeskSettings::numberFormat)
			.orElseGet(TicketNumberFormat::defaults);
		return new Snapshot(List.copyOf(tierViews), departmentViews, format);
	}

	/**
	 * Forgets the cached set-up now and once the current transaction has ended.
	 */
	private void invalidate() {
		this.snapshot.forgetAfterCommit();
	}

	@Override
	public List<TierView> tiers() {
		return snapshot().tiers();
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
		invalidate();
		List<Tier> ordered = this.tiers.findAllByOrderByPositionAscIdAsc();
		int position = ordered.isEmpty() ? 1 : ordered.get(ordered.size() - 1).getPosition() + 1;
		Tier tier = this.tiers.save(new Tier(name, position));
		return tier.toView(ordered.size() + 1);
	}

	@Override
	@Transactional
	public TierView renameTier(long tierId, String name) {
		invalidate();
		Tier tier = this.tiers.findById(tierId).orElseThrow(() -> tierNotFound(tierId));
		tier.rename(name);
		return tier(tierId).orElseThrow();
	}

	@Override
	@Transactional
	public void moveTier(long tierId, boolean up) {
		invalidate();
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
		return snapshot().departments();
	}

	@Override
	public Optional<DepartmentView> department(long departmentId) {
		return departments().stream().filter((department) -> department.id() == departmentId).findFirst();
	}

	@Override
	public Optional<DepartmentView> departmentNamed(String name) {
		if (name == null) {
			return Optional.empty();
		}
		String wanted = name.strip();
		return departments().stream().filter((department) -> department.name().equalsIgnoreCase(wanted)).findFirst();
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
		return addDepartment(new SaveDepartmentCommand(name, true, false, null));
	}

	@Override
	@Transactional
	public DepartmentView addDepartment(SaveDepartmentCommand command) {
		invalidate();
		Department department = new Department(command.name());
		department.update(command);
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
		DepartmentView current = this.departments.findById(departmentId)
			.orElseThrow(() -> new NotFoundException("desk.department.notFound", "No such department."))
			.toView();
		// a call within this transaction, not through the proxy
		return updateDepartment(departmentId,
				new SaveDepartmentCommand(name, active, current.confidential(), current.senderAddress()));
	}

	@Override
	@Transactional
	public DepartmentView updateDepartment(long departmentId, SaveDepartmentCommand command) {
		invalidate();
		String name = command.name();
		Department department = this.departments.findById(departmentId)
			.orElseThrow(() -> new NotFoundException("desk.department.notFound", "No such department."));
		this.departments.findByNameIgnoreCase(DeskNames.require(name, "name"))
			.filter((other) -> !other.getId().equals(departmentId))
			.ifPresent((other) -> {
				throw duplicateDepartment(other.getName());
			});
		department.update(command);
		return department.toView();
	}

	@Override
	public TicketNumberFormat numberFormat() {
		return snapshot().numberFormat();
	}

	@Override
	@Transactional
	public void changeNumberFormat(TicketNumberFormat format) {
		invalidate();
		this.settings.findById(DeskSettings.SINGLETON_ID)
			.ifPresentOrElse((existing) -> existing.change(format), () -> this.settings.save(new DeskSettings(format)));
	}

	@Transactional
	void createDefaultsIfEmpty() {
		invalidate();
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

	/** The desk set-up as last read from the database. */
	record Snapshot(List<TierView> tiers, List<DepartmentView> departments, TicketNumberFormat numberFormat) {
	}

}
