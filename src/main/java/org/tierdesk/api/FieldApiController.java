package org.tierdesk.api;

import java.math.BigDecimal;
import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import org.tierdesk.desk.CustomFieldView;
import org.tierdesk.desk.DefineFieldCommand;
import org.tierdesk.desk.CustomFieldManagement;
import org.tierdesk.desk.FieldAudience;
import org.tierdesk.desk.FieldEntity;
import org.tierdesk.desk.FieldOption;
import org.tierdesk.desk.FieldRules;
import org.tierdesk.desk.FieldType;
import org.tierdesk.platform.InvalidInputException;
import org.tierdesk.platform.NotFoundException;

/**
 * Custom field definitions for admins: define, read, change, archive (delete), restore
 * and order them.
 */
@RestController
@RequestMapping("/api/v1/fields")
@Tag(name = "Custom fields", description = "Custom field definitions (role admin)")
class FieldApiController {

	private final CustomFieldManagement definitions;

	FieldApiController(CustomFieldManagement definitions) {
		this.definitions = definitions;
	}

	@GetMapping
	@Operation(summary = "The fields of an entity (default ticket) in their order; archived=true adds deleted ones")
	List<FieldJson> list(@RequestParam(defaultValue = "ticket") String entity,
			@RequestParam(defaultValue = "false") boolean archived) {
		FieldEntity kind = FieldEntity.fromApiName(entity);
		return (archived ? this.definitions.allFields(kind) : this.definitions.fields(kind)).stream()
			.map(FieldJson::of)
			.toList();
	}

	@GetMapping("/{id}")
	@Operation(summary = "One field")
	ResponseEntity<FieldJson> get(@PathVariable long id) {
		CustomFieldView field = field(id);
		return ResponseEntity.ok().eTag(etag(field)).body(FieldJson.of(field));
	}

	@PostMapping
	@Operation(summary = "Define a field (key: 2-40 lowercase letters, digits, _; fixed once created)")
	ResponseEntity<FieldJson> define(@RequestBody FieldRequest request) {
		CustomFieldView field = this.definitions.defineField(request.toCommand(true));
		URI location = ServletUriComponentsBuilder.fromCurrentRequest()
			.path("/{id}")
			.buildAndExpand(field.id())
			.toUri();
		return ResponseEntity.created(location).eTag(etag(field)).body(FieldJson.of(field));
	}

	@PutMapping("/{id}")
	@Operation(summary = "Change labels, help, rules, default, audiences, options (removed options are archived)")
	ResponseEntity<FieldJson> change(@PathVariable long id, @RequestBody FieldRequest request,
			@RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
		field(id);
		CustomFieldView field = this.definitions.changeField(id, request.toCommand(false),
				TicketApiController.version(ifMatch, request.version()));
		return ResponseEntity.ok().eTag(etag(field)).body(FieldJson.of(field));
	}

	@DeleteMapping("/{id}")
	@Operation(summary = "Delete (archive) a field: no longer shown or filled in; its values and history stay")
	FieldJson archive(@PathVariable long id) {
		field(id);
		return FieldJson.of(this.definitions.archiveField(id));
	}

	@PostMapping("/{id}/restore")
	@Operation(summary = "Bring an archived field back")
	FieldJson restore(@PathVariable long id) {
		field(id);
		return FieldJson.of(this.definitions.restoreField(id));
	}

	@PostMapping("/{id}/move")
	@Operation(summary = "Move a field one place up or down; returns the fields in their new order")
	List<FieldJson> move(@PathVariable long id, @RequestBody Map<String, String> request) {
		CustomFieldView field = field(id);
		String direction = String.valueOf(request.get("direction")).strip().toLowerCase(Locale.ROOT);
		if (!direction.equals("up") && !direction.equals("down")) {
			throw new InvalidInputException("direction", "validation.oneOf", "Must be one of: {0}.", "up, down");
		}
		this.definitions.moveField(id, direction.equals("up"));
		return this.definitions.fields(field.entity()).stream().map(FieldJson::of).toList();
	}

	private CustomFieldView field(long id) {
		return this.definitions.field(id)
			.orElseThrow(() -> new NotFoundException("fields.notFound", "There is no such field."));
	}

	private static String etag(CustomFieldView field) {
		return "\"" + field.version() + "\"";
	}

	record RulesJson(BigDecimal min, BigDecimal max, Integer minLength, Integer maxLength, String pattern) {
	}

	record OptionJson(String key, Map<String, String> labels, Boolean archived) {
	}

	record FieldJson(long id, String entity, String key, String type, Map<String, String> labels,
			Map<String, String> helpTexts, boolean required, RulesJson rules, String defaultValue, String visibleTo,
			String editableBy, int position, List<OptionJson> options, boolean archived, long version) {

		static FieldJson of(CustomFieldView f) {
			FieldRules r = f.rules();
			return new FieldJson(f.id(), f.entity().apiName(), f.key(), f.type().apiName(), f.labels(), f.helpTexts(),
					f.required(), new RulesJson(r.min(), r.max(), r.minLength(), r.maxLength(), r.pattern()),
					f.defaultValue(), f.visibleTo().apiName(), f.editableBy().apiName(), f.position(),
					f.options().stream().map((o) -> new OptionJson(o.key(), o.labels(), o.archived())).toList(),
					f.archived(), f.version());
		}

	}

	record FieldRequest(String entity, String key, String type, Map<String, String> labels,
			Map<String, String> helpTexts, Boolean required, RulesJson rules, String defaultValue, String visibleTo,
			String editableBy, List<OptionJson> options, Long version) {

		DefineFieldCommand toCommand(boolean creating) {
			FieldEntity fieldEntity = (this.entity != null) ? FieldEntity.fromApiName(this.entity)
					: creating ? FieldEntity.TICKET : null;
			FieldType fieldType = (this.type != null) ? FieldType.fromApiName(this.type) : null;
			FieldRules fieldRules = (this.rules != null) ? new FieldRules(this.rules.min(), this.rules.max(),
					this.rules.minLength(), this.rules.maxLength(), this.rules.pattern()) : FieldRules.none();
			List<FieldOption> fieldOptions = (this.options != null) ? this.options.stream()
				.map((o) -> new FieldOption(o.key(), (o.labels() != null) ? o.labels() : Map.of(),
						Boolean.TRUE.equals(o.archived())))
				.toList() : List.of();
			return new DefineFieldCommand(fieldEntity, this.key, fieldType, this.labels, this.helpTexts,
					Boolean.TRUE.equals(this.required), fieldRules, this.defaultValue,
					(this.visibleTo != null) ? FieldAudience.fromApiName(this.visibleTo, "visibleTo") : null,
					(this.editableBy != null) ? FieldAudience.fromApiName(this.editableBy, "editableBy") : null,
					fieldOptions);
		}

	}

}
