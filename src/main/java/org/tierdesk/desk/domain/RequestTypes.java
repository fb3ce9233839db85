package org.tierdesk.desk.domain;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tierdesk.desk.CustomFieldManagement;
import org.tierdesk.desk.CustomFieldView;
import org.tierdesk.desk.DefineRequestTypeCommand;
import org.tierdesk.desk.DepartmentView;
import org.tierdesk.desk.DeskManagement;
import org.tierdesk.desk.FieldAudience;
import org.tierdesk.desk.FieldEntity;
import org.tierdesk.desk.RequestForms;
import org.tierdesk.desk.RequestTypeManagement;
import org.tierdesk.desk.RequestTypeView;
import org.tierdesk.desk.RequestTypeView.FormField;
import org.tierdesk.platform.ConflictException;
import org.tierdesk.platform.InvalidInputException;
import org.tierdesk.platform.NotFoundException;

/**
 * Request types: checked when defined or changed, read by the portal for every form.
 */
@Service
@Transactional(readOnly = true)
class RequestTypes implements RequestTypeManagement {

	static final Pattern KEY = Pattern.compile("[a-z][a-z0-9_-]{1,39}");

	static final int MAX_FORM_FIELDS = 50;

	private final RequestTypeRepository types;

	private final DeskManagement desk;

	private final CustomFieldManagement fields;

	private final Clock clock;

	RequestTypes(RequestTypeRepository types, DeskManagement desk, CustomFieldManagement fields, Clock clock) {
		this.types = types;
		this.desk = desk;
		this.fields = fields;
		this.clock = clock;
	}

	@Override
	public List<RequestTypeView> requestTypes() {
		return this.types.findAllByOrderByPositionAscIdAsc().stream().map(RequestType::toView).toList();
	}

	@Override
	public List<RequestTypeView> activeRequestTypes() {
		return requestTypes().stream()
			.filter(RequestTypeView::active)
			.filter((type) -> type.departmentId() == null
					|| this.desk.department(type.departmentId()).map(DepartmentView::active).orElse(false))
			.toList();
	}

	@Override
	public Optional<RequestTypeView> requestType(long id) {
		return this.types.findById(id).map(RequestType::toView);
	}

	@Override
	public Optional<RequestTypeView> requestType(String key) {
		return (key == null) ? Optional.empty() : this.types.findByKey(key.strip()).map(RequestType::toView);
	}

	@Override
	@Transactional
	public RequestTypeView defineRequestType(DefineRequestTypeCommand command) {
		String key = (command.key() != null) ? command.key().strip() : "";
		if (!KEY.matcher(key).matches()) {
			throw new InvalidInputException("key", "requestTypes.key",
					"A key is 2 to 40 lowercase letters, digits, - or _, starting with a letter.");
		}
		if (this.types.findByKey(key).isPresent()) {
			throw keyTaken(key);
		}
		DefineRequestTypeCommand checked = check(command);
		List<RequestType> all = this.types.findAllByOrderByPositionAscIdAsc();
		int position = all.isEmpty() ? 1 : all.get(all.size() - 1).getPosition() + 1;
		try {
			return this.types.saveAndFlush(new RequestType(key, checked, position, this.clock.instant())).toView();
		}
		catch (DataIntegrityViolationException ex) {
			throw keyTaken(key);
		}
	}

	@Override
	@Transactional
	public RequestTypeView changeRequestType(long id, DefineRequestTypeCommand command, Long expectedVersion) {
		RequestType type = this.types.findById(id)
			.orElseThrow(() -> new NotFoundException("requestTypes.notFound", "There is no such request type."));
		if (command.key() != null && !command.key().strip().equals(type.getKey())) {
			throw new InvalidInputException("key", "requestTypes.keyFixed", "The key of a request type cannot change.");
		}
		if (expectedVersion != null && expectedVersion != type.getVersion()) {
			throw new ConflictException("requestTypes.modified",
					"The request type {0} was changed by someone else meanwhile. Reload it and try again.",
					type.getKey());
		}
		type.change(check(command), this.clock.instant());
		return this.types.saveAndFlush(type).toView();
	}

	/** The command tidied, or an error naming what is wrong. */
	private DefineRequestTypeCommand check(DefineRequestTypeCommand command) {
		Map<String, String> names = FieldDefinition.texts(command.names(), "names", FieldDefinition.LABEL_MAX);
		if (!names.containsKey("en")) {
			throw new InvalidInputException("names.en", "requestTypes.nameRequired", "An English name is required.");
		}
		Map<String, String> descriptions = FieldDefinition.texts(command.descriptions(), "descriptions",
				FieldDefinition.HELP_MAX);
		if (command.departmentId() != null && this.desk.department(command.departmentId()).isEmpty()) {
			throw new InvalidInputException("department", "ticket.department.unknown", "No such department.");
		}
		if (command.tierId() != null && this.desk.tier(command.tierId()).isEmpty()) {
			throw new InvalidInputException("tier", "ticket.tier.unknown", "No such tier.");
		}
		String priority = (command.priority() != null && !command.priority().isBlank())
				? command.priority().strip().toLowerCase(java.util.Locale.ROOT) : null;
		if (priority != null && !RequestTypeView.PRIORITIES.contains(priority)) {
			throw new InvalidInputException("priority", "validation.oneOf", "Must be one of: {0}.",
					String.join(", ", RequestTypeView.PRIORITIES));
		}
		if (command.fields().size() > MAX_FORM_FIELDS) {
			throw new InvalidInputException("fields", "requestTypes.form.tooMany", "A form has at most {0} fields.",
					MAX_FORM_FIELDS);
		}
		Map<String, CustomFieldView> customerFields = this.fields.fields(FieldEntity.TICKET)
			.stream()
			.filter((field) -> field.editableBy(FieldAudience.CUSTOMER))
			.collect(Collectors.toMap(CustomFieldView::key, Function.identity(), (a, b) -> a, LinkedHashMap::new));
		List<FormField> form = command.fields()
			.stream()
			.map((field) -> new FormField((field.key() != null) ? field.key().strip() : "", field.required(),
					field.showWhen()))
			.toList();
		RequestForms.check(form, customerFields);
		return new DefineRequestTypeCommand(command.key(), command.departmentId(), names, descriptions, form, priority,
				command.tierId(), command.active());
	}

	private static ConflictException keyTaken(String key) {
		return new ConflictException("requestTypes.keyTaken", "A request type with the key {0} exists already.", key);
	}

}
