package org.tierdesk.api;

import java.net.URI;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.util.MultiValueMap;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import org.tierdesk.api.TicketApiModels.CreateTicketRequest;
import org.tierdesk.api.TicketApiModels.HistoryJson;
import org.tierdesk.api.TicketApiModels.MessageJson;
import org.tierdesk.api.TicketApiModels.MessageRequest;
import org.tierdesk.api.TicketApiModels.NoteRequest;
import org.tierdesk.api.TicketApiModels.ResolveRequest;
import org.tierdesk.api.TicketApiModels.TicketJson;
import org.tierdesk.api.TicketApiModels.TicketPageJson;
import org.tierdesk.api.TicketApiModels.UpdateTicketRequest;
import org.tierdesk.api.TicketApiModels.VersionRequest;
import org.tierdesk.desk.DepartmentView;
import org.tierdesk.desk.DeskManagement;
import org.tierdesk.desk.CustomFieldManagement;
import org.tierdesk.desk.FieldAudience;
import org.tierdesk.desk.FieldEntity;
import org.tierdesk.desk.FieldValueException;
import org.tierdesk.desk.TierView;
import org.tierdesk.identity.IdentityManagement;
import org.tierdesk.identity.Role;
import org.tierdesk.identity.TierdeskPrincipal;
import org.tierdesk.identity.UserView;
import org.tierdesk.platform.InvalidInputException;
import org.tierdesk.ticket.Actor;
import org.tierdesk.ticket.Channel;
import org.tierdesk.ticket.NewAttachment;
import org.tierdesk.ticket.OpenTicketCommand;
import org.tierdesk.ticket.Priority;
import org.tierdesk.ticket.TicketAccess;
import org.tierdesk.ticket.TicketManagement;
import org.tierdesk.ticket.TicketPage;
import org.tierdesk.ticket.TicketQuery;
import org.tierdesk.ticket.TicketStatus;
import org.tierdesk.ticket.TicketView;
import org.tierdesk.ticket.UpdateTicketCommand;

/**
 * Tickets through the API: open, read, list, reply, escalate, send back, resolve, close,
 * history.
 */
@RestController
@RequestMapping("/api/v1/tickets")
@Tag(name = "Tickets")
class TicketApiController {

	private final TicketManagement tickets;

	private final DeskManagement desk;

	private final IdentityManagement identity;

	private final TicketJsonMapper mapper;

	private final CustomFieldManagement fields;

	private final TicketAccess access;

	TicketApiController(TicketManagement tickets, DeskManagement desk, IdentityManagement identity,
			TicketJsonMapper mapper, CustomFieldManagement fields, TicketAccess access) {
		this.access = access;
		this.fields = fields;
		this.tickets = tickets;
		this.desk = desk;
		this.identity = identity;
		this.mapper = mapper;
	}

	@PostMapping
	@Operation(summary = "Open a ticket")
	ResponseEntity<TicketJson> create(@Valid @RequestBody CreateTicketRequest request,
			@AuthenticationPrincipal TierdeskPrincipal user) {
		Channel channel = (request.channel() != null) ? Channel.fromApiName(request.channel()) : Channel.API;
		Priority priority = (request.priority() != null) ? Priority.fromApiName(request.priority()) : null;
		Long department = (request.department() != null) ? department(request.department()).id() : null;
		TicketView ticket = this.tickets.open(new OpenTicketCommand(request.subject(), request.description(),
				request.requester().email(), request.requester().name(), null, channel, priority, department, null)
			.withFields(request.fields(), editor(user)), actor(user));
		URI location = ServletUriComponentsBuilder.fromCurrentRequest()
			.path("/{number}")
			.buildAndExpand(ticket.number())
			.toUri();
		return ResponseEntity.created(location).eTag(etag(ticket)).body(this.mapper.toJson(ticket));
	}

	@GetMapping("/{number}")
	@Operation(summary = "Read a ticket")
	ResponseEntity<TicketJson> get(@PathVariable String number) {
		TicketView ticket = this.tickets.get(number);
		return ResponseEntity.ok().eTag(etag(ticket)).body(this.mapper.toJson(ticket));
	}

	@GetMapping
	@Operation(summary = "List tickets", description = "Without status, only active tickets (new, open, pending); "
			+ "status=all lists every status. Oldest first; pages are never counted. Filter by a custom field with "
			+ "field.<key>=<value> (numbers and dates also from..to), sort by one with sort=field.<key> or "
			+ "sort=-field.<key> (descending). Only tickets of the caller's departments are listed.")
	TicketPageJson list(@RequestParam(required = false) String status, @RequestParam(required = false) Integer tier,
			@RequestParam(required = false) String department, @RequestParam(required = false) String assignee,
			@RequestParam(required = false) String priority, @RequestParam(required = false) String q,
			@RequestParam(required = false) String requester, @RequestParam(defaultValue = "0") int page,
			@RequestParam(defaultValue = "25") int size, @RequestParam(defaultValue = "oldest") String sort,
			@RequestParam MultiValueMap<String, String> parameters, @AuthenticationPrincipal TierdeskPrincipal user) {
		Set<TicketStatus> statuses = EnumSet.noneOf(TicketStatus.class);
		boolean all = "all".equalsIgnoreCase(status);
		if (status != null && !all && !status.isBlank()) {
			Arrays.stream(status.split(",")).map(TicketStatus::fromApiName).forEach(statuses::add);
		}
		Long tierId = (tier != null) ? this.desk.tierAtLevel(tier)
			.map(TierView::id)
			.orElseThrow(() -> new InvalidInputException("tier", "validation.invalid", "No such tier.")) : null;
		Long departmentId = (department != null && !department.isBlank()) ? department(department).id() : null;
		boolean unassigned = "none".equalsIgnoreCase(assignee);
		Long assigneeId = null;
		if (!unassigned && assignee != null && !assignee.isBlank()) {
			assigneeId = "me".equalsIgnoreCase(assignee) ? user.id() : agent(assignee).id();
		}
		if (page < 0 || size < 1 || size > TicketQuery.MAX_SIZE) {
			throw new InvalidInputException("size", "validation.invalid",
					"page must be 0 or more and size between 1 and 100.");
		}
		TicketPage result = this.tickets
			.search(new TicketQuery(statuses, all, tierId, departmentId, assigneeId, unassigned,
					(priority != null) ? Priority.fromApiName(priority) : null, q, requester, null,
					"newest".equalsIgnoreCase(sort), page, size)
				.withFields(visibleOnly(FieldParameters.filters(parameters), user),
						visibleOnly(FieldParameters.sort(sort), user))
				.within(this.access.scopeOf(user)));
		return new TicketPageJson(this.mapper.toJson(result.items()), result.page(), result.size(), result.hasNext());
	}

	@PatchMapping("/{number}")
	@Operation(summary = "Change priority, assignee (user name, or empty to unassign), department, status "
			+ "(open/pending) or custom fields (\"fields\": {\"key\": value}, null clears); all or nothing")
	ResponseEntity<TicketJson> update(@PathVariable String number, @RequestBody UpdateTicketRequest request,
			@RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
			@AuthenticationPrincipal TierdeskPrincipal user) {
		Priority priority = (request.priority() != null) ? Priority.fromApiName(request.priority()) : null;
		Long departmentId = (request.department() != null) ? department(request.department()).id() : null;
		boolean unassign = request.assignee() != null && request.assignee().isBlank();
		Long assigneeId = (request.assignee() != null && !unassign) ? agent(request.assignee()).id() : null;
		TicketStatus status = (request.status() != null) ? TicketStatus.fromApiName(request.status()) : null;
		TicketView ticket = this.tickets.update(number, new UpdateTicketCommand(priority, assigneeId, unassign,
				departmentId, status, request.fields(), editor(user)), actor(user),
				version(ifMatch, request.version()));
		return ResponseEntity.ok().eTag(etag(ticket)).body(this.mapper.toJson(ticket));
	}

	@GetMapping("/{number}/messages")
	@Operation(summary = "The conversation, internal notes included")
	List<MessageJson> messages(@PathVariable String number) {
		return this.tickets.messages(number, true).stream().map(TicketJsonMapper::toJson).toList();
	}

	@PostMapping(path = "/{number}/messages", consumes = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "Reply to the requester, or add an internal note with internal=true")
	ResponseEntity<MessageJson> addMessage(@PathVariable String number, @Valid @RequestBody MessageRequest request,
			@RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
			@AuthenticationPrincipal TierdeskPrincipal user) {
		var message = this.tickets.addMessage(number, request.body(), Boolean.TRUE.equals(request.internal()),
				List.of(), actor(user), version(ifMatch, null));
		return ResponseEntity.status(HttpStatus.CREATED).body(TicketJsonMapper.toJson(message));
	}

	@PostMapping(path = "/{number}/messages", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	@Operation(summary = "Reply or add an internal note with files (multipart: body, internal, attachments)")
	ResponseEntity<MessageJson> addMessageWithFiles(@PathVariable String number, @RequestParam String body,
			@RequestParam(defaultValue = "false") boolean internal,
			@RequestParam(name = "attachments", required = false) List<MultipartFile> files,
			@RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
			@AuthenticationPrincipal TierdeskPrincipal user) {
		var message = this.tickets.addMessage(number, body, internal, NewAttachment.fromUploads(files), actor(user),
				version(ifMatch, null));
		return ResponseEntity.status(HttpStatus.CREATED).body(TicketJsonMapper.toJson(message));
	}

	@PostMapping("/{number}/escalate")
	@Operation(summary = "Escalate to the next tier with a note (409 at the top tier)")
	ResponseEntity<TicketJson> escalate(@PathVariable String number, @Valid @RequestBody NoteRequest request,
			@RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
			@AuthenticationPrincipal TierdeskPrincipal user) {
		return respond(this.tickets.escalate(number, request.note(), actor(user), version(ifMatch, request.version())));
	}

	@PostMapping("/{number}/send-back")
	@Operation(summary = "Send back to the previous tier with a note (409 at the first tier)")
	ResponseEntity<TicketJson> sendBack(@PathVariable String number, @Valid @RequestBody NoteRequest request,
			@RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
			@AuthenticationPrincipal TierdeskPrincipal user) {
		return respond(this.tickets.sendBack(number, request.note(), actor(user), version(ifMatch, request.version())));
	}

	@PostMapping("/{number}/resolve")
	@Operation(summary = "Resolve with solution documentation (a blank solution is a 400)")
	ResponseEntity<TicketJson> resolve(@PathVariable String number, @Valid @RequestBody ResolveRequest request,
			@RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
			@AuthenticationPrincipal TierdeskPrincipal user) {
		return respond(this.tickets.resolve(number, request.solution(), request.cause(), actor(user),
				version(ifMatch, request.version())));
	}

	@PostMapping("/{number}/close")
	@Operation(summary = "Close a resolved ticket")
	ResponseEntity<TicketJson> close(@PathVariable String number, @RequestBody(required = false) VersionRequest request,
			@RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
			@AuthenticationPrincipal TierdeskPrincipal user) {
		return respond(this.tickets.close(number, actor(user),
				version(ifMatch, (request != null) ? request.version() : null)));
	}

	@GetMapping("/{number}/history")
	@Operation(summary = "Every recorded change: who, when, what")
	List<HistoryJson> history(@PathVariable String number) {
		return this.tickets.history(number).stream().map(TicketJsonMapper::toJson).toList();
	}

	private ResponseEntity<TicketJson> respond(TicketView ticket) {
		return ResponseEntity.ok().eTag(etag(ticket)).body(this.mapper.toJson(ticket));
	}

	private DepartmentView department(String nameOrId) {
		String value = nameOrId.strip();
		return this.desk.departmentNamed(value)
			.or(() -> value.chars().allMatch(Character::isDigit) && value.length() < 18
					? this.desk.department(Long.parseLong(value)) : java.util.Optional.empty())
			.orElseThrow(
					() -> new InvalidInputException("department", "ticket.department.unknown", "No such department."));
	}

	private UserView agent(String username) {
		return this.identity.userNamed(username)
			.filter((user) -> user.role().isStaff())
			.orElseThrow(() -> new InvalidInputException("assignee", "ticket.assignee.unknown", "No such agent."));
	}

	/**
	 * Filters and sorting by a field the caller may not see are refused like an unknown
	 * field.
	 */
	private <T> T visibleOnly(T filterOrSort, TierdeskPrincipal user) {
		List<?> wanted = (filterOrSort instanceof List<?> list) ? list
				: (filterOrSort != null) ? List.of(filterOrSort) : List.of();
		FieldAudience viewer = editor(user);
		for (Object item : wanted) {
			String key = (item instanceof TicketQuery.FieldFilter filter) ? filter.key()
					: ((TicketQuery.FieldSort) item).key();
			boolean hidden = this.fields.fields(FieldEntity.TICKET)
				.stream()
				.anyMatch((field) -> field.key().equals(key) && !field.visibleTo(viewer));
			if (hidden) {
				throw new FieldValueException(key, "unknown", "There is no field {0}.", key);
			}
		}
		return filterOrSort;
	}

	static FieldAudience editor(TierdeskPrincipal user) {
		return (user.role() == Role.ADMIN) ? FieldAudience.ADMIN : FieldAudience.AGENT;
	}

	static Actor actor(TierdeskPrincipal user) {
		return Actor.agent(user.id(), user.displayName(), user.email());
	}

	static String etag(TicketView ticket) {
		return "\"" + ticket.version() + "\"";
	}

	static Long version(String ifMatch, Long bodyVersion) {
		if (ifMatch != null && !ifMatch.isBlank() && !"*".equals(ifMatch.strip())) {
			String value = ifMatch.strip();
			if (value.startsWith("W/")) {
				value = value.substring(2);
			}
			value = value.replace("\"", "");
			try {
				return Long.parseLong(value);
			}
			catch (NumberFormatException ex) {
				throw new InvalidInputException("If-Match", "validation.invalid",
						"If-Match must be the ticket's ETag, e.g. \"3\".");
			}
		}
		return bodyVersion;
	}

}
