package org.tierdesk.ticket.domain;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.persistence.EntityManager;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.tierdesk.platform.TimeZones;
import org.tierdesk.desk.CustomFieldView;
import org.tierdesk.desk.CustomFieldManagement;
import org.tierdesk.desk.FieldAudience;
import org.tierdesk.desk.FieldEntity;
import org.tierdesk.desk.FieldType;
import org.tierdesk.desk.FieldValue;
import org.tierdesk.desk.FieldValueException;
import org.tierdesk.desk.FieldValues;
import org.tierdesk.identity.IdentityManagement;
import org.tierdesk.identity.UserView;

/**
 * The custom-field values of tickets: read them typed, and change them after checking
 * every value against its field's definition (all or nothing).
 */
@Component
class TicketFields {

	/** Most values one change may carry; more is a mistake or an attack. */
	static final int MAX_VALUES = 200;

	private final CustomFieldManagement definitions;

	private final IdentityManagement identity;

	private final TicketFieldValueRepository values;

	private final EntityManager entityManager;

	TicketFields(CustomFieldManagement definitions, IdentityManagement identity, TicketFieldValueRepository values,
			EntityManager entityManager) {
		this.definitions = definitions;
		this.identity = identity;
		this.values = values;
		this.entityManager = entityManager;
	}

	/** The values of the fields in use on a ticket, in the fields' order. */
	Map<String, FieldValue> read(long ticketId) {
		return read(List.of(ticketId)).getOrDefault(ticketId, Map.of());
	}

	/** The values of many tickets at once (one query). */
	Map<Long, Map<String, FieldValue>> read(Collection<Long> ticketIds) {
		if (ticketIds.isEmpty()) {
			return Map.of();
		}
		List<CustomFieldView> fields = this.definitions.fields(FieldEntity.TICKET);
		if (fields.isEmpty()) {
			return Map.of();
		}
		Map<Long, List<TicketFieldValue>> rows = this.values.findByTickets(ticketIds)
			.stream()
			.collect(Collectors.groupingBy((row) -> row.getId().ticketId()));
		Map<Long, Map<String, FieldValue>> result = new HashMap<>();
		rows.forEach((ticketId, ticketRows) -> result.put(ticketId, toValues(fields, ticketRows)));
		return result;
	}

	private static Map<String, FieldValue> toValues(List<CustomFieldView> fields, List<TicketFieldValue> rows) {
		Map<Long, List<TicketFieldValue>> byField = rows.stream()
			.collect(Collectors.groupingBy((row) -> row.getId().fieldId()));
		Map<String, FieldValue> result = new LinkedHashMap<>();
		for (CustomFieldView field : fields) {
			List<TicketFieldValue> fieldRows = byField.get(field.id());
			if (fieldRows != null && !fieldRows.isEmpty()) {
				result.put(field.key(), toValue(field.type(), fieldRows));
			}
		}
		return result;
	}

	private static FieldValue toValue(FieldType type, List<TicketFieldValue> rows) {
		TicketFieldValue row = rows.get(0);
		return switch (type) {
			case TEXT, SINGLE_CHOICE -> FieldValue.text(type, row.getTextValue());
			case LONG_TEXT -> FieldValue.text(type, row.getLongTextValue());
			case MULTIPLE_CHOICE -> FieldValue.choices(rows.stream().map(TicketFieldValue::getTextValue).toList());
			case NUMBER, DECIMAL -> FieldValue.number(type, row.getNumberValue());
			case DATE -> FieldValue.date(row.getDateValue());
			case DATE_TIME -> FieldValue.dateTime(row.getTimeValue());
			case CHECKBOX -> FieldValue.flag(Boolean.TRUE.equals(row.getFlagValue()));
			case AGENT -> FieldValue.ref(type, row.getRefValue());
		};
	}

	/**
	 * Checks the given values against their fields and returns what would change, saving
	 * nothing. {@code editor} null is the desk itself (mail intake): it only gets the
	 * defaults. On opening, fields left out get their default, and required fields the
	 * editor may fill in must have a value.
	 */
	List<Change> check(Long ticketId, Map<String, Object> given, FieldAudience editor, boolean opening) {
		Map<String, Object> raw = (given != null) ? given : Map.of();
		Locale locale = LocaleContextHolder.getLocale();
		if (raw.size() > MAX_VALUES) {
			throw new FieldValueException("*", "tooMany", "At most {0} field values at once.", MAX_VALUES);
		}
		List<CustomFieldView> all = this.definitions.allFields(FieldEntity.TICKET);
		Map<String, CustomFieldView> byKey = all.stream()
			.collect(Collectors.toMap(CustomFieldView::key, Function.identity()));
		Map<String, FieldValue> current = (ticketId != null) ? read(ticketId) : Map.of();
		Map<Long, FieldValue> wanted = new LinkedHashMap<>();
		for (Map.Entry<String, Object> entry : raw.entrySet()) {
			String key = Objects.requireNonNullElse(entry.getKey(), "");
			CustomFieldView field = byKey.get(key);
			if (field == null) {
				throw new FieldValueException(cut(key), "unknown", "There is no field {0}.", cut(key));
			}
			if (field.archived()) {
				throw new FieldValueException(key, "archived",
						"The field {0} was removed meanwhile; reload the form and try again.", field.label(locale));
			}
			FieldValue before = current.get(key);
			FieldValue value;
			try {
				value = parse(field, entry.getValue(), locale);
			}
			catch (FieldValueException ex) {
				if (!unchanged(before, entry.getValue())) {
					throw ex;
				}
				// a value stored under older rules (a removed option, a lower maximum)
				// may
				// be sent back as it is
				value = before;
			}
			if (Objects.equals(canonical(before), canonical(value))) {
				wanted.put(field.id(), value);
				continue;
			}
			if (editor == null || !field.editableBy(editor)) {
				throw new FieldValueException(key, "notEditable", "You may not change {0} ({1}).", field.label(locale),
						key);
			}
			wanted.put(field.id(), value);
		}
		List<Change> changes = new ArrayList<>();
		for (CustomFieldView field : all) {
			if (field.archived()) {
				continue;
			}
			boolean givenHere = wanted.containsKey(field.id());
			FieldValue value = givenHere ? wanted.get(field.id()) : current.get(field.key());
			if (opening && !givenHere && field.defaultValue() != null) {
				value = FieldValues.parse(field, field.defaultValue(), Locale.ENGLISH);
			}
			if (editor != null && field.editableBy(editor) && (opening || givenHere)) {
				FieldValues.checkRequired(field, value, locale);
			}
			FieldValue before = current.get(field.key());
			if (!Objects.equals(canonical(before), canonical(value))) {
				changes.add(new Change(field, before, value));
			}
		}
		return changes;
	}

	/** Stores checked changes on a ticket. */
	void store(long ticketId, List<Change> changes) {
		if (changes.isEmpty()) {
			return;
		}
		Map<Long, List<TicketFieldValue>> existing = this.values.findByTicket(ticketId)
			.stream()
			.collect(Collectors.groupingBy((row) -> row.getId().fieldId()));
		for (Change change : changes) {
			List<TicketFieldValue> rows = existing.getOrDefault(change.field().id(), List.of());
			int count = (change.after() != null) ? TicketFieldValue.rows(change.after()) : 0;
			for (int i = 0; i < count; i++) {
				TicketFieldValue row;
				if (i < rows.size()) {
					row = rows.get(i);
				}
				else {
					row = new TicketFieldValue(ticketId, change.field().id(), i);
					this.entityManager.persist(row);
				}
				row.set(change.after(), i);
			}
			for (int i = count; i < rows.size(); i++) {
				this.entityManager.remove(rows.get(i));
			}
		}
	}

	private FieldValue parse(CustomFieldView field, Object raw, Locale locale) {
		Object value = raw;
		if (field.type() == FieldType.AGENT && raw instanceof String name && !name.isBlank()
				&& !name.strip().chars().allMatch(Character::isDigit)) {
			// the API names agents by user name
			value = this.identity.userNamed(name.strip())
				.map((user) -> (Object) String.valueOf(user.id()))
				.orElseThrow(() -> new FieldValueException(field.key(), "agent", "{0} ({1}): there is no agent {2}.",
						field.label(locale), field.key(), cut(name)));
		}
		FieldValue parsed = FieldValues.parse(field, value, locale, TimeZones.current());
		if (parsed != null && field.type() == FieldType.AGENT) {
			UserView agent = this.identity.user(parsed.ref()).orElse(null);
			if (agent == null || !agent.role().isStaff()) {
				throw new FieldValueException(field.key(), "agent", "{0} ({1}): there is no agent {2}.",
						field.label(locale), field.key(), parsed.ref());
			}
		}
		return parsed;
	}

	private static boolean unchanged(FieldValue before, Object raw) {
		if (before == null || raw == null) {
			return false;
		}
		String given = (raw instanceof Collection<?> many)
				? many.stream().map(String::valueOf).map(String::strip).collect(Collectors.joining(","))
				: raw.toString().strip();
		return given.equals(before.canonical());
	}

	static String canonical(FieldValue value) {
		return (value != null) ? value.canonical() : null;
	}

	private static String cut(String text) {
		return (text.length() > 50) ? text.substring(0, 50) + "…" : text;
	}

	/** One field's value before and after a change (null: no value). */
	record Change(CustomFieldView field, FieldValue before, FieldValue after) {
	}

}
