package org.tierdesk.desk;

import java.util.List;
import java.util.Optional;

/**
 * Custom field definitions: what admins ask about tickets (later contacts and
 * organizations) beyond the built-in properties. The values live with their entity.
 */
public interface CustomFieldManagement {

	/** The custom fields of an entity still in use, in their order. */
	List<CustomFieldView> fields(FieldEntity entity);

	/**
	 * Every custom field of an entity, the archived (deleted) ones too, so that stored
	 * values and history stay readable.
	 */
	List<CustomFieldView> allFields(FieldEntity entity);

	/** The custom field with this id, archived or not. */
	Optional<CustomFieldView> field(long fieldId);

	/** Defines a new custom field after the last one. */
	CustomFieldView defineField(DefineFieldCommand command);

	/**
	 * Changes a field's labels, rules, default, audiences and options; never its key or
	 * type, and never a stored value. {@code expectedVersion} null skips the conflict
	 * check.
	 */
	CustomFieldView changeField(long fieldId, DefineFieldCommand command, Long expectedVersion);

	/** Archives (deletes) a field: no longer shown or filled in; its values are kept. */
	CustomFieldView archiveField(long fieldId);

	/** Brings an archived field back. */
	CustomFieldView restoreField(long fieldId);

	/** Moves a field one place up or down among its entity's fields. */
	void moveField(long fieldId, boolean up);

}
