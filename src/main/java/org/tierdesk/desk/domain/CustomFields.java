package org.tierdesk.desk.domain;

import java.time.Clock;
import java.util.List;
import java.util.Optional;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tierdesk.desk.CustomFieldManagement;
import org.tierdesk.desk.CustomFieldView;
import org.tierdesk.desk.DefineFieldCommand;
import org.tierdesk.desk.FieldEntity;
import org.tierdesk.platform.ConflictException;
import org.tierdesk.platform.InvalidInputException;
import org.tierdesk.platform.NotFoundException;

/**
 * Custom field definitions: defined, changed, archived and ordered by admins, read for
 * every ticket from a short-lived in-memory copy (like the rest of the desk set-up).
 */
@Service
class CustomFields implements CustomFieldManagement {

	/** Fields in use per entity; a form with more would no longer be usable. */
	static final int MAX_ACTIVE = 200;

	private final CustomFieldRepository fields;

	private final Clock clock;

	private final SetupCache<List<CustomFieldView>> cached;

	CustomFields(CustomFieldRepository fields, Clock clock) {
		this.fields = fields;
		this.clock = clock;
		this.cached = new SetupCache<>(DeskService.SNAPSHOT_TTL,
				() -> fields.findAllByOrderByEntityAscPositionAscIdAsc().stream().map(CustomField::toView).toList());
	}

	@Override
	public List<CustomFieldView> fields(FieldEntity entity) {
		return all(entity).stream().filter((field) -> !field.archived()).toList();
	}

	@Override
	public List<CustomFieldView> allFields(FieldEntity entity) {
		return all(entity);
	}

	@Override
	public Optional<CustomFieldView> field(long fieldId) {
		return all().stream().filter((field) -> field.id() == fieldId).findFirst();
	}

	@Override
	public CustomFieldView archiveField(long fieldId) {
		return archive(fieldId, true);
	}

	@Override
	public CustomFieldView restoreField(long fieldId) {
		return archive(fieldId, false);
	}

	List<CustomFieldView> all() {
		return this.cached.get();
	}

	List<CustomFieldView> all(FieldEntity entity) {
		return all().stream().filter((field) -> field.entity() == entity).toList();
	}

	@Override
	@Transactional
	public CustomFieldView defineField(DefineFieldCommand command) {
		invalidate();
		FieldDefinition definition = FieldDefinition.check(command, null);
		if (this.fields.findByEntityAndKey(definition.entity(), definition.key()).isPresent()) {
			throw keyTaken(definition.key());
		}
		if (this.fields.countByEntityAndArchivedFalse(definition.entity()) >= MAX_ACTIVE) {
			throw new InvalidInputException("key", "fields.definition.tooMany",
					"A desk has at most {0} fields in use per kind; archive one first.", MAX_ACTIVE);
		}
		List<CustomField> siblings = this.fields.findByEntityOrderByPositionAscIdAsc(definition.entity());
		int position = siblings.isEmpty() ? 1 : siblings.get(siblings.size() - 1).getPosition() + 1;
		try {
			return this.fields.saveAndFlush(new CustomField(definition, position, this.clock.instant())).toView();
		}
		catch (DataIntegrityViolationException ex) {
			throw keyTaken(definition.key());
		}
	}

	@Override
	@Transactional
	public CustomFieldView changeField(long id, DefineFieldCommand command, Long expectedVersion) {
		invalidate();
		CustomField field = load(id);
		if (expectedVersion != null && expectedVersion != field.getVersion()) {
			throw new ConflictException("fields.modified",
					"The field {0} was changed by someone else meanwhile. Reload it and try again.", field.getKey());
		}
		field.change(FieldDefinition.check(command, field.toView()), this.clock.instant());
		return this.fields.saveAndFlush(field).toView();
	}

	@Transactional
	CustomFieldView archive(long id, boolean archived) {
		invalidate();
		CustomField field = load(id);
		if (!archived && field.isArchived()
				&& this.fields.countByEntityAndArchivedFalse(field.getEntity()) >= MAX_ACTIVE) {
			throw new InvalidInputException("key", "fields.definition.tooMany",
					"A desk has at most {0} fields in use per kind; archive one first.", MAX_ACTIVE);
		}
		field.archive(archived, this.clock.instant());
		return this.fields.saveAndFlush(field).toView();
	}

	@Override
	@Transactional
	public void moveField(long id, boolean up) {
		invalidate();
		CustomField field = load(id);
		List<CustomField> ordered = new java.util.ArrayList<>(
				this.fields.findByEntityOrderByPositionAscIdAsc(field.getEntity()));
		int index = ordered.indexOf(field);
		int target = up ? index - 1 : index + 1;
		if (index < 0 || target < 0 || target >= ordered.size()) {
			return;
		}
		ordered.add(target, ordered.remove(index));
		for (int i = 0; i < ordered.size(); i++) {
			ordered.get(i).moveTo(i + 1);
		}
	}

	private CustomField load(long id) {
		return this.fields.findById(id)
			.orElseThrow(() -> new NotFoundException("fields.notFound", "There is no such field."));
	}

	private void invalidate() {
		this.cached.forgetAfterCommit();
	}

	private static ConflictException keyTaken(String key) {
		return new ConflictException("fields.definition.keyTaken",
				"A field with the key {0} exists already (perhaps archived); keys are never reused.", key);
	}

}
