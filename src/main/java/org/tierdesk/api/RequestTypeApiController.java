package org.tierdesk.api;

import java.net.URI;
import java.util.List;
import java.util.Map;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import org.tierdesk.desk.DefineRequestTypeCommand;
import org.tierdesk.desk.DepartmentView;
import org.tierdesk.desk.DeskManagement;
import org.tierdesk.desk.RequestTypeManagement;
import org.tierdesk.desk.RequestTypeView;
import org.tierdesk.desk.RequestTypeView.Condition;
import org.tierdesk.desk.RequestTypeView.FormField;
import org.tierdesk.desk.TierView;
import org.tierdesk.platform.InvalidInputException;
import org.tierdesk.platform.NotFoundException;

/**
 * Request types for admins: per department, a portal form (custom fields, order,
 * conditions) and defaults for priority, tier and department.
 */
@RestController
@RequestMapping("/api/v1/request-types")
@Tag(name = "Request types", description = "Request types and their portal forms (role admin)")
class RequestTypeApiController {

	private final RequestTypeManagement types;

	private final DeskManagement desk;

	RequestTypeApiController(RequestTypeManagement types, DeskManagement desk) {
		this.types = types;
		this.desk = desk;
	}

	@GetMapping
	@Operation(summary = "Every request type, in order")
	List<RequestTypeJson> list() {
		return this.types.requestTypes().stream().map(this::toJson).toList();
	}

	@GetMapping("/{key}")
	@Operation(summary = "One request type")
	RequestTypeJson get(@PathVariable String key) {
		return toJson(type(key));
	}

	@PostMapping
	@Operation(summary = "Define a request type; a field shown under a condition must come after the field it "
			+ "depends on")
	ResponseEntity<RequestTypeJson> define(@RequestBody RequestTypeRequest request) {
		RequestTypeView type = this.types.defineRequestType(command(request));
		URI location = ServletUriComponentsBuilder.fromCurrentRequest()
			.path("/{key}")
			.buildAndExpand(type.key())
			.toUri();
		return ResponseEntity.created(location).body(toJson(type));
	}

	@PutMapping("/{key}")
	@Operation(summary = "Change a request type (its key stays)")
	RequestTypeJson change(@PathVariable String key, @RequestBody RequestTypeRequest request,
			@RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
		RequestTypeView type = type(key);
		return toJson(this.types.changeRequestType(type.id(), command(request),
				TicketApiController.version(ifMatch, request.version())));
	}

	private RequestTypeView type(String key) {
		return this.types.requestType(key)
			.orElseThrow(() -> new NotFoundException("requestTypes.notFound", "There is no such request type."));
	}

	private DefineRequestTypeCommand command(RequestTypeRequest request) {
		Long departmentId = null;
		if (request.department() != null && !request.department().isBlank()) {
			departmentId = this.desk.departmentNamed(request.department())
				.map(DepartmentView::id)
				.orElseThrow(() -> new InvalidInputException("department", "ticket.department.unknown",
						"No such department."));
		}
		Long tierId = (request.tier() != null)
				? this.desk.tierAtLevel(request.tier())
					.map(TierView::id)
					.orElseThrow(() -> new InvalidInputException("tier", "ticket.tier.unknown", "No such tier."))
				: null;
		List<FormField> fields = (request.fields() != null) ? request.fields()
			.stream()
			.map((f) -> new FormField(f.field(), Boolean.TRUE.equals(f.required()),
					(f.showWhen() != null) ? new Condition(f.showWhen().field(), f.showWhen().values()) : null))
			.toList() : List.of();
		return new DefineRequestTypeCommand(request.key(), departmentId, request.names(), request.descriptions(),
				fields, request.priority(), tierId, !Boolean.FALSE.equals(request.active()));
	}

	private RequestTypeJson toJson(RequestTypeView type) {
		String department = (type.departmentId() != null)
				? this.desk.department(type.departmentId()).map(DepartmentView::name).orElse(null) : null;
		Integer tier = (type.tierId() != null) ? this.desk.tier(type.tierId()).map(TierView::level).orElse(null) : null;
		return new RequestTypeJson(type.key(), department, type.names(), type.descriptions(), type.fields()
			.stream()
			.map((f) -> new FormFieldJson(f.key(), f.required(),
					(f.showWhen() != null) ? new ConditionJson(f.showWhen().field(), f.showWhen().values()) : null))
			.toList(), type.priority(), tier, type.active(), type.version());
	}

	record ConditionJson(String field, List<String> values) {
	}

	record FormFieldJson(String field, Boolean required, ConditionJson showWhen) {
	}

	record RequestTypeJson(String key, String department, Map<String, String> names, Map<String, String> descriptions,
			List<FormFieldJson> fields, String priority, Integer tier, boolean active, long version) {
	}

	record RequestTypeRequest(String key, String department, Map<String, String> names,
			Map<String, String> descriptions, List<FormFieldJson> fields, String priority, Integer tier, Boolean active,
			Long version) {
	}

}
