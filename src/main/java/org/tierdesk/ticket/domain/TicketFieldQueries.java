package org.tierdesk.ticket.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.tierdesk.platform.TimeZones;
import org.tierdesk.desk.CustomFieldView;
import org.tierdesk.desk.CustomFieldManagement;
import org.tierdesk.desk.FieldEntity;
import org.tierdesk.desk.FieldRules;
import org.tierdesk.desk.FieldType;
import org.tierdesk.desk.FieldValue;
import org.tierdesk.desk.FieldValueException;
import org.tierdesk.desk.FieldValues;
import org.tierdesk.identity.IdentityManagement;
import org.tierdesk.ticket.TicketQuery;
import org.tierdesk.ticket.TicketQuery.FieldFilter;
import org.tierdesk.ticket.TicketQuery.FieldSort;

/**
 * The parts of a ticket query that filter and sort by custom fields. Each filter is an
 * {@code exists} on the value table, which the (field, value, ticket) indexes answer; the
 * sort is one outer join on the field's single value row (ADR 0020).
 */
@Component
class TicketFieldQueries {

	private final CustomFieldManagement definitions;

	private final IdentityManagement identity;

	TicketFieldQueries(CustomFieldManagement definitions, IdentityManagement identity) {
		this.definitions = definitions;
		this.identity = identity;
	}

	Clauses clauses(List<FieldFilter> filters, FieldSort sort) {
		if (filters.isEmpty() && sort == null) {
			return new Clauses("", "", Map.of(), "");
		}
		Locale locale = LocaleContextHolder.getLocale();
		if (filters.size() > TicketQuery.MAX_FIELD_FILTERS) {
			throw new FieldValueException("*", "tooManyFilters", "At most {0} field filters at once.",
					TicketQuery.MAX_FIELD_FILTERS);
		}
		StringBuilder where = new StringBuilder();
		Map<String, Object> params = new HashMap<>();
		for (int i = 0; i < filters.size(); i++) {
			FieldFilter filter = filters.get(i);
			CustomFieldView field = field(filter.key(), locale);
			// a filter looks for values, whatever the field's rules for new values are
			CustomFieldView lenient = new CustomFieldView(field.id(), field.entity(), field.key(), field.type(),
					field.labels(), field.helpTexts(), false, FieldRules.none(), null, field.visibleTo(),
					field.editableBy(), field.position(), field.options(), false, field.version());
			String alias = "f" + i;
			String value = (filter.value() != null) ? filter.value().strip() : "";
			params.put(alias + "f", field.id());
			String exists = " and exists (select 1 from TicketFieldValue " + alias + " where " + alias
					+ ".id.ticketId = t.id and " + alias + ".id.fieldId = :" + alias + "f and ";
			switch (field.type()) {
				case TEXT, SINGLE_CHOICE, MULTIPLE_CHOICE -> {
					where.append(exists).append(alias).append(".textValue = :").append(alias).append("v)");
					params.put(alias + "v", value);
				}
				case LONG_TEXT -> {
					where.append(exists)
						.append("lower(cast(")
						.append(alias)
						.append(".longTextValue as String)) like :")
						.append(alias)
						.append("v escape '\\')");
					params.put(alias + "v",
							"%" + value.toLowerCase(Locale.ROOT)
								.replace("\\", "\\\\")
								.replace("%", "\\%")
								.replace("_", "\\_") + "%");
				}
				case CHECKBOX -> {
					FieldValue flag = FieldValues.parse(lenient, value, locale);
					boolean checked = flag != null && flag.flag();
					where.append(checked ? exists : exists.replace(" and exists", " and not exists"))
						.append(alias)
						.append(".flagValue = true)");
				}
				case AGENT -> {
					String id = value.chars().allMatch(Character::isDigit) ? value
							: this.identity.userNamed(value).map((user) -> String.valueOf(user.id())).orElse("0");
					FieldValue ref = FieldValues.parse(lenient, id, locale);
					where.append(exists).append(alias).append(".refValue = :").append(alias).append("v)");
					params.put(alias + "v", (ref != null) ? ref.ref() : 0L);
				}
				case NUMBER, DECIMAL, DATE, DATE_TIME -> {
					String column = alias + "." + TicketFieldValue.column(field.type());
					int range = value.indexOf("..");
					String from = (range >= 0) ? value.substring(0, range) : value;
					String to = (range >= 0) ? value.substring(range + 2) : value;
					Object low = bound(lenient, from, false, locale);
					Object high = bound(lenient, to, true, locale);
					where.append(exists).append("1 = 1");
					if (low != null) {
						where.append(" and ").append(column).append(" >= :").append(alias).append("lo");
						params.put(alias + "lo", low);
					}
					if (high != null) {
						where.append(" and ").append(column).append(" <= :").append(alias).append("hi");
						params.put(alias + "hi", high);
					}
					where.append(")");
				}
			}
		}
		String join = "";
		String orderBy = "";
		if (sort != null) {
			CustomFieldView field = field(sort.key(), locale);
			if (!field.type().isSortable()) {
				throw new FieldValueException(field.key(), "notSortable", "Tickets cannot be sorted by {0} ({1}).",
						field.label(locale), field.key());
			}
			join = " left join TicketFieldValue s on s.id.ticketId = t.id and s.id.fieldId = :sortField"
					+ " and s.id.position = 0";
			params.put("sortField", field.id());
			orderBy = "s." + TicketFieldValue.column(field.type()) + (sort.descending() ? " desc" : " asc")
					+ " nulls last, ";
		}
		return new Clauses(join, where.toString(), params, orderBy);
	}

	private CustomFieldView field(String key, Locale locale) {
		String wanted = (key != null) ? key.strip() : "";
		return this.definitions.fields(FieldEntity.TICKET)
			.stream()
			.filter((field) -> field.key().equals(wanted))
			.findFirst()
			.orElseThrow(() -> new FieldValueException((wanted.length() > 50) ? wanted.substring(0, 50) + "…" : wanted,
					"unknown", "There is no field {0}.",
					(wanted.length() > 50) ? wanted.substring(0, 50) + "…" : wanted));
	}

	/** One end of a range; a date given for a date-time field covers that whole day. */
	private static Object bound(CustomFieldView field, String text, boolean upper, Locale locale) {
		if (text.isBlank()) {
			return null;
		}
		if (field.type() == FieldType.DATE_TIME && text.strip().matches("\\d{4}-\\d{2}-\\d{2}")) {
			LocalDate day = LocalDate.parse(text.strip());
			Instant start = day.atStartOfDay(TimeZones.current()).toInstant();
			return upper ? day.plusDays(1).atStartOfDay(TimeZones.current()).toInstant().minusNanos(1000) : start;
		}
		FieldValue value = FieldValues.parse(field, text, locale);
		return switch (field.type()) {
			case NUMBER, DECIMAL -> value.number();
			case DATE -> value.date();
			default -> value.dateTime();
		};
	}

	/** JPQL to add to a ticket query: a join after the root, conditions, sort keys. */
	record Clauses(String join, String where, Map<String, Object> params, String orderBy) {
	}

}
