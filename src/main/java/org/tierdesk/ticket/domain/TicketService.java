package org.tierdesk.ticket.domain;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;

import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tierdesk.desk.DepartmentView;
import org.tierdesk.desk.DeskManagement;
import org.tierdesk.desk.FieldValue;
import org.tierdesk.desk.TierView;
import org.tierdesk.identity.IdentityManagement;
import org.tierdesk.identity.UserView;
import org.tierdesk.platform.ConflictException;
import org.tierdesk.platform.InvalidInputException;
import org.tierdesk.platform.NotFoundException;
import org.tierdesk.ticket.Actor;
import org.tierdesk.ticket.AttachmentContent;
import org.tierdesk.ticket.AttachmentView;
import org.tierdesk.ticket.HistoryAction;
import org.tierdesk.ticket.HistoryView;
import org.tierdesk.ticket.MailDetails;
import org.tierdesk.ticket.AuthorType;
import org.tierdesk.ticket.MessageView;
import org.tierdesk.ticket.NewAttachment;
import org.tierdesk.ticket.OpenTicketCommand;
import org.tierdesk.ticket.OpenedTicket;
import org.tierdesk.ticket.Priority;
import org.tierdesk.ticket.SolutionHit;
import org.tierdesk.ticket.TicketDetails;
import org.tierdesk.ticket.TicketManagement;
import org.tierdesk.ticket.TicketPage;
import org.tierdesk.ticket.TicketProperties;
import org.tierdesk.ticket.TicketQuery;
import org.tierdesk.ticket.TicketScope;
import org.tierdesk.ticket.TicketStatus;
import org.tierdesk.ticket.TicketView;
import org.tierdesk.ticket.UpdateTicketCommand;

@Service
@Transactional(readOnly = true)
class TicketService implements TicketManagement {

	private static final SecureRandom RANDOM = new SecureRandom();

	/** The note of a department move into or out of a confidential department. */
	static final String CONFIDENTIAL_MOVE = "confidential";

	private final TicketRepository tickets;

	private final TicketMessageRepository messages;

	private final TicketHistoryRepository history;

	private final AttachmentRepository attachments;

	private final AttachmentStore attachmentStore;

	private final TicketNumberGenerator numbers;

	private final TicketViews views;

	private final DeskManagement desk;

	private final IdentityManagement identity;

	private final TicketProperties properties;

	private final EntityManager entityManager;

	private final Clock clock;

	private final TicketFields fields;

	private final TicketFieldQueries fieldQueries;

	TicketService(TicketRepository tickets, TicketMessageRepository messages, TicketHistoryRepository history,
			AttachmentRepository attachments, AttachmentStore attachmentStore, TicketNumberGenerator numbers,
			TicketViews views, DeskManagement desk, IdentityManagement identity, TicketProperties properties,
			EntityManager entityManager, Clock clock, TicketFields fields, TicketFieldQueries fieldQueries) {
		this.fields = fields;
		this.fieldQueries = fieldQueries;
		this.tickets = tickets;
		this.messages = messages;
		this.history = history;
		this.attachments = attachments;
		this.attachmentStore = attachmentStore;
		this.numbers = numbers;
		this.views = views;
		this.desk = desk;
		this.identity = identity;
		this.properties = properties;
		this.entityManager = entityManager;
		this.clock = clock;
	}

	@Override
	@Transactional
	public TicketView open(OpenTicketCommand command, Actor actor) {
		return openWithRequest(command, actor).ticket();
	}

	@Override
	@Transactional
	public OpenedTicket openWithRequest(OpenTicketCommand command, Actor actor) {
		String subject = TicketInput.required(command.subject(), "subject", TicketInput.SUBJECT_MAX);
		// a mail may carry no text at all (only a file, or an HTML view)
		String description = (command.mail() != null)
				? Objects.requireNonNullElse(
						TicketInput.optional(command.description(), "description", TicketInput.BODY_MAX), "")
				: TicketInput.required(command.description(), "description", TicketInput.BODY_MAX);
		String email = TicketInput.email(command.requesterEmail(), "requester.email",
				command.channel() == org.tierdesk.ticket.Channel.EMAIL);
		String name = TicketInput.optional(command.requesterName(), "requester.name", TicketInput.NAME_MAX);
		if (command.channel() == null) {
			throw new InvalidInputException("channel", "validation.required", "This field is required.");
		}
		DepartmentView department = (command.departmentId() != null) ? this.desk.department(command.departmentId())
			.filter(DepartmentView::active)
			.orElseThrow(
					() -> new InvalidInputException("department", "ticket.department.unknown", "No such department."))
				: this.desk.defaultDepartment();
		checkAttachments(command.attachments(), command.channel());
		long tierId = (command.tierId() != null) ? this.desk.tier(command.tierId())
			.orElseThrow(() -> new InvalidInputException("tier", "ticket.tier.unknown", "No such tier."))
			.id() : this.desk.firstTier().id();
		// every custom-field value is checked before anything is saved
		List<TicketFields.Change> fieldChanges = this.fields.check(null, command.fields(), command.fieldEditor(), true);
		Instant now = this.clock.instant();
		String number = this.desk.numberFormat().format(this.numbers.next(), now.atZone(ZoneOffset.UTC).getYear());
		Ticket ticket = new Ticket(number, subject, email,
				(name != null) ? name : email.substring(0, email.indexOf('@')), command.requesterUserId(),
				command.channel(), (command.priority() != null) ? command.priority() : Priority.NORMAL, tierId,
				department.id(), newAccessToken(), now);
		ticket = this.tickets.save(ticket);
		ticket.opened();
		// the request itself is always the requester's words, also when an agent logs a
		// phone call
		Actor requester = Actor.customer(command.requesterUserId(), ticket.getRequesterName(), email);
		TicketMessage first = this.messages
			.save(new TicketMessage(ticket.getId(), requester, description, false, command.channel(), now)
				.withMail(command.mail()));
		List<AttachmentView> files = storeAttachments(ticket.getId(), first.getId(), command.attachments(), now);
		record(ticket, HistoryAction.CREATED, actor, null, number, null, now);
		this.fields.store(ticket.getId(), fieldChanges);
		this.tickets.save(ticket);
		return new OpenedTicket(this.views.of(ticket), first.toView(files));
	}

	@Override
	public Optional<TicketView> find(String number) {
		return findTicket(number).map(this.views::of);
	}

	@Override
	public Optional<TicketView> findById(long id) {
		return this.tickets.findById(id).map(this.views::of);
	}

	@Override
	public TicketView get(String number) {
		return this.views.of(load(number));
	}

	@Override
	public Optional<TicketView> findByAccessToken(String accessToken) {
		if (accessToken == null || accessToken.length() < 20 || accessToken.length() > 64) {
			return Optional.empty();
		}
		return this.tickets.findByAccessToken(accessToken).map(this.views::of);
	}

	@Override
	public TicketDetails details(String number, boolean includeInternal) {
		Ticket ticket = load(number);
		return new TicketDetails(this.views.of(ticket), messagesOf(ticket, includeInternal), historyOf(ticket));
	}

	@Override
	public List<MessageView> messages(String number, boolean includeInternal) {
		return messagesOf(load(number), includeInternal);
	}

	@Override
	public List<MessageView> messages(long ticketId, boolean includeInternal) {
		// by id: a ticket already read in this transaction is not queried again
		return this.tickets.findById(ticketId).map((ticket) -> messagesOf(ticket, includeInternal)).orElse(List.of());
	}

	@Override
	public List<HistoryView> history(String number) {
		return historyOf(load(number));
	}

	private List<MessageView> messagesOf(Ticket ticket, boolean includeInternal) {
		List<TicketMessage> all = this.messages.findByTicketIdOrderByCreatedAtAscIdAsc(ticket.getId())
			.stream()
			.filter((message) -> includeInternal || !message.isInternal())
			.toList();
		Map<Long, List<AttachmentView>> files = this.attachments.findByTicketIdOrderByIdAsc(ticket.getId())
			.stream()
			.filter((attachment) -> attachment.getMessageId() != null)
			.collect(Collectors.groupingBy(Attachment::getMessageId,
					Collectors.mapping(Attachment::toView, Collectors.toList())));
		return all.stream().map((message) -> message.toView(files.getOrDefault(message.getId(), List.of()))).toList();
	}

	private List<HistoryView> historyOf(Ticket ticket) {
		return this.history.findByTicketIdOrderByCreatedAtAscIdAsc(ticket.getId())
			.stream()
			.map(TicketHistoryEntry::toView)
			.toList();
	}

	@Override
	@Transactional
	public MessageView addMessage(String number, String body, boolean internal, List<NewAttachment> files, Actor actor,
			Long expectedVersion) {
		Ticket ticket = loadForUpdate(number, expectedVersion);
		String text = TicketInput.required(body, "body", TicketInput.BODY_MAX);
		List<NewAttachment> attachmentsToStore = (files != null) ? files : List.of();
		checkAttachments(attachmentsToStore, org.tierdesk.ticket.Channel.WEB);
		Instant now = this.clock.instant();
		HistoryAction action;
		if (actor.isAgent()) {
			if (internal) {
				ticket.noteAdded(now);
				action = HistoryAction.NOTE_ADDED;
			}
			else {
				ticket.agentReplied(now);
				action = HistoryAction.REPLIED;
			}
		}
		else {
			if (internal) {
				throw new InvalidInputException("internal", "ticket.note.agentsOnly",
						"Only agents add internal notes.");
			}
			TicketStatus before = ticket.getStatus();
			if (ticket.customerReplied(now, this.properties.reopenPeriod())) {
				record(ticket, HistoryAction.REOPENED, actor, before.apiName(), TicketStatus.OPEN.apiName(), null, now);
			}
			action = HistoryAction.CUSTOMER_REPLIED;
		}
		TicketMessage message = this.messages.save(new TicketMessage(ticket.getId(), actor, text, internal,
				actor.isAgent() ? org.tierdesk.ticket.Channel.WEB : ticket.getChannel(), now));
		List<AttachmentView> stored = storeAttachments(ticket.getId(), message.getId(), attachmentsToStore, now);
		record(ticket, action, actor, null, null, null, now);
		ticket.replied(message.getId(), actor.type(), internal);
		this.tickets.save(ticket);
		return message.toView(stored);
	}

	@Override
	@Transactional
	public MessageView addMail(String number, String body, MailDetails mail, List<NewAttachment> files, Actor author) {
		Ticket ticket = load(number);
		String text = Objects.requireNonNullElse(TicketInput.optional(body, "body", TicketInput.BODY_MAX), "");
		List<NewAttachment> attachmentsToStore = (files != null) ? files : List.of();
		checkAttachments(attachmentsToStore, org.tierdesk.ticket.Channel.EMAIL);
		Instant now = this.clock.instant();
		TicketStatus before = ticket.getStatus();
		if (ticket.customerReplied(now, this.properties.reopenPeriod())) {
			record(ticket, HistoryAction.REOPENED, author, before.apiName(), TicketStatus.OPEN.apiName(), null, now);
		}
		Actor customer = new Actor(author.userId(), author.name(), author.email(), AuthorType.CUSTOMER);
		TicketMessage message = this.messages
			.save(new TicketMessage(ticket.getId(), customer, text, false, org.tierdesk.ticket.Channel.EMAIL, now)
				.withMail(mail));
		List<AttachmentView> stored = storeAttachments(ticket.getId(), message.getId(), attachmentsToStore, now);
		record(ticket, HistoryAction.CUSTOMER_REPLIED, customer, null, null, null, now);
		ticket.replied(message.getId(), AuthorType.CUSTOMER, false);
		this.tickets.save(ticket);
		return message.toView(stored);
	}

	@Override
	public boolean acceptsCustomerReply(String number) {
		return findTicket(number)
			.map((ticket) -> ticket.acceptsCustomerReply(this.clock.instant(), this.properties.reopenPeriod()))
			.orElse(false);
	}

	@Override
	@Transactional
	public MessageView addSystemNote(String number, String body, List<NewAttachment> files) {
		Ticket ticket = load(number);
		String text = TicketInput.required(body, "body", TicketInput.BODY_MAX);
		List<NewAttachment> attachmentsToStore = (files != null) ? files : List.of();
		checkAttachments(attachmentsToStore, org.tierdesk.ticket.Channel.EMAIL);
		Instant now = this.clock.instant();
		TicketMessage message = this.messages.save(
				new TicketMessage(ticket.getId(), Actor.system(), text, true, org.tierdesk.ticket.Channel.EMAIL, now));
		List<AttachmentView> stored = storeAttachments(ticket.getId(), message.getId(), attachmentsToStore, now);
		record(ticket, HistoryAction.NOTE_ADDED, Actor.system(), null, null, null, now);
		return message.toView(stored);
	}

	@Override
	@Transactional
	public TicketView update(String number, UpdateTicketCommand command, Actor actor, Long expectedVersion) {
		Ticket ticket = loadForUpdate(number, expectedVersion);
		Instant now = this.clock.instant();
		boolean changed = false;
		// checked first, so that a bad value leaves the whole ticket as it was
		List<TicketFields.Change> fieldChanges = command.fields().isEmpty() ? List.of()
				: this.fields.check(ticket.getId(), command.fields(), command.fieldEditor(), false);
		if (!fieldChanges.isEmpty()) {
			ticket.fieldsChanged(now);
			this.fields.store(ticket.getId(), fieldChanges);
			for (TicketFields.Change change : fieldChanges) {
				record(ticket, HistoryAction.FIELD_CHANGED, actor, TicketFields.canonical(change.before()),
						TicketFields.canonical(change.after()), change.field().key(), now);
			}
		}
		if (command.priority() != null && command.priority() != ticket.getPriority()) {
			String old = ticket.getPriority().apiName();
			ticket.changePriority(command.priority(), now);
			record(ticket, HistoryAction.PRIORITY_CHANGED, actor, old, command.priority().apiName(), null, now);
			changed = true;
		}
		if (command.departmentId() != null && command.departmentId() != ticket.getDepartmentId()) {
			DepartmentView target = this.desk.department(command.departmentId())
				.filter(DepartmentView::active)
				.orElseThrow(() -> new InvalidInputException("department", "ticket.department.unknown",
						"No such department."));
			Optional<DepartmentView> old = this.desk.department(ticket.getDepartmentId());
			ticket.moveToDepartment(target.id(), now);
			// a move into or out of a confidential department is marked, so that it
			// stands
			// out in the history (and in an audit of the history table)
			boolean confidential = target.confidential() || old.map(DepartmentView::confidential).orElse(false);
			record(ticket, HistoryAction.DEPARTMENT_CHANGED, actor, old.map(DepartmentView::name).orElse(null),
					target.name(), confidential ? CONFIDENTIAL_MOVE : null, now);
			if (ticket.getAssigneeId() != null && command.assigneeId() == null && this.identity
				.user(ticket.getAssigneeId())
				.map((assignee) -> !DepartmentVisibility.scope(assignee, this.desk.departments()).includes(target.id()))
				.orElse(false)) {
				// the assignee would keep a ticket they can no longer see
				record(ticket, HistoryAction.ASSIGNED, actor, assigneeName(ticket.getAssigneeId()), null, null, now);
				ticket.assignTo(null, now);
			}
			changed = true;
		}
		if (command.unassign() && ticket.getAssigneeId() != null) {
			String old = assigneeName(ticket.getAssigneeId());
			ticket.assignTo(null, now);
			record(ticket, HistoryAction.ASSIGNED, actor, old, null, null, now);
			changed = true;
		}
		else if (command.assigneeId() != null && !command.assigneeId().equals(ticket.getAssigneeId())) {
			UserView assignee = this.identity.user(command.assigneeId())
				.filter((user) -> user.role().isStaff() && user.enabled())
				.orElseThrow(() -> new InvalidInputException("assignee", "ticket.assignee.unknown", "No such agent."));
			if (!DepartmentVisibility.scope(assignee, this.desk.departments()).includes(ticket.getDepartmentId())) {
				throw new InvalidInputException("assignee", "ticket.assignee.wrongDepartment",
						"{0} does not see the tickets of this department.", assignee.displayName());
			}
			if (!assignee.worksAtTier(ticket.getTierId())) {
				throw new InvalidInputException("assignee", "ticket.assignee.wrongTier",
						"{0} does not work at this ticket''s tier.", assignee.displayName());
			}
			String old = (ticket.getAssigneeId() != null) ? assigneeName(ticket.getAssigneeId()) : null;
			ticket.assignTo(assignee.id(), now);
			record(ticket, HistoryAction.ASSIGNED, actor, old, assignee.displayName(), null, now);
			changed = true;
		}
		if (command.status() != null && command.status() != ticket.getStatus()) {
			if (command.status() != TicketStatus.OPEN && command.status() != TicketStatus.PENDING) {
				throw new InvalidInputException("status", "ticket.status.notSettable",
						"Only open or pending can be set directly; resolve, escalate or close with their actions.");
			}
			String old = ticket.getStatus().apiName();
			ticket.markWaiting(command.status() == TicketStatus.PENDING, now);
			record(ticket, HistoryAction.STATUS_CHANGED, actor, old, command.status().apiName(), null, now);
			changed = true;
		}
		if (changed) {
			ticket.updated();
		}
		return saveAndView(ticket);
	}

	@Override
	@Transactional
	public TicketView escalate(String number, String note, Actor actor, Long expectedVersion) {
		Ticket ticket = loadForUpdate(number, expectedVersion);
		String text = TicketInput.required(note, "note", TicketInput.NOTE_MAX);
		TierView current = tierOf(ticket);
		TierView next = this.desk.nextTier(ticket.getTierId())
			.orElseThrow(() -> new ConflictException("ticket.escalate.topTier",
					"Ticket {0} is at the top tier ({1}); there is no tier to escalate to.", ticket.getNumber(),
					current.name()));
		ticket.escalate(next.id(), text, actor, this.clock.instant());
		record(ticket, HistoryAction.ESCALATED, actor, current.name(), next.name(), text, this.clock.instant());
		return saveAndView(ticket);
	}

	@Override
	@Transactional
	public TicketView sendBack(String number, String note, Actor actor, Long expectedVersion) {
		Ticket ticket = loadForUpdate(number, expectedVersion);
		String text = TicketInput.required(note, "note", TicketInput.NOTE_MAX);
		TierView current = tierOf(ticket);
		TierView previous = this.desk.previousTier(ticket.getTierId())
			.orElseThrow(() -> new ConflictException("ticket.sendBack.firstTier",
					"Ticket {0} is at the first tier; there is no tier to send it back to.", ticket.getNumber()));
		ticket.sendBack(previous.id(), text, actor, this.clock.instant());
		record(ticket, HistoryAction.SENT_BACK, actor, current.name(), previous.name(), text, this.clock.instant());
		return saveAndView(ticket);
	}

	@Override
	@Transactional
	public TicketView resolve(String number, String solution, String cause, Actor actor, Long expectedVersion) {
		Ticket ticket = loadForUpdate(number, expectedVersion);
		String solutionText = TicketInput.required(solution, "solution", TicketInput.SOLUTION_MAX);
		String causeText = TicketInput.optional(cause, "cause", TicketInput.SOLUTION_MAX);
		String old = ticket.getStatus().apiName();
		ticket.resolve(solutionText, causeText, actor, this.clock.instant());
		record(ticket, HistoryAction.RESOLVED, actor, old, TicketStatus.RESOLVED.apiName(), solutionText,
				this.clock.instant());
		return saveAndView(ticket);
	}

	@Override
	@Transactional
	public TicketView close(String number, Actor actor, Long expectedVersion) {
		Ticket ticket = loadForUpdate(number, expectedVersion);
		ticket.close(this.clock.instant());
		record(ticket, HistoryAction.CLOSED, actor, TicketStatus.RESOLVED.apiName(), TicketStatus.CLOSED.apiName(),
				null, this.clock.instant());
		return saveAndView(ticket);
	}

	@Override
	public TicketPage search(TicketQuery query) {
		StringBuilder jpql = new StringBuilder("select t from Ticket t where 1 = 1");
		Map<String, Object> params = new HashMap<>();
		if (query.scope() != null && !query.scope().everything()) {
			if (query.scope().departmentIds().isEmpty()) {
				return new TicketPage(List.of(), query.page(), query.size(), false);
			}
			jpql.append(" and t.departmentId in :scope");
			params.put("scope", query.scope().departmentIds());
		}
		if (!query.statuses().isEmpty()) {
			jpql.append(" and t.status in :statuses");
			params.put("statuses", query.statuses());
		}
		else if (!query.allStatuses()) {
			jpql.append(" and t.active = true");
		}
		if (query.tierId() != null) {
			jpql.append(" and t.tierId = :tier");
			params.put("tier", query.tierId());
		}
		if (query.departmentId() != null) {
			jpql.append(" and t.departmentId = :department");
			params.put("department", query.departmentId());
		}
		if (query.unassigned()) {
			jpql.append(" and t.assigneeId is null");
		}
		else if (query.assigneeId() != null) {
			jpql.append(" and t.assigneeId = :assignee");
			params.put("assignee", query.assigneeId());
		}
		if (query.priority() != null) {
			jpql.append(" and t.priority = :priority");
			params.put("priority", query.priority());
		}
		if (query.requesterEmail() != null) {
			jpql.append(" and t.requesterEmail = :email");
			params.put("email", query.requesterEmail().strip().toLowerCase(Locale.ROOT));
		}
		if (query.requesterUserId() != null) {
			jpql.append(" and t.requesterUserId = :requester");
			params.put("requester", query.requesterUserId());
		}
		if (query.text() != null) {
			jpql.append(" and (t.number = :number or lower(t.subject) like :text escape '\\'"
					+ " or lower(t.requesterEmail) like :text escape '\\' or lower(t.requesterName) like :text escape '\\')");
			params.put("number", query.text().toUpperCase(Locale.ROOT));
			params.put("text", "%" + likeEscape(query.text().toLowerCase(Locale.ROOT)) + "%");
		}
		TicketFieldQueries.Clauses fieldClauses = this.fieldQueries.clauses(query.fieldFilters(), query.fieldSort());
		jpql.insert("select t from Ticket t".length(), fieldClauses.join());
		jpql.append(fieldClauses.where());
		params.putAll(fieldClauses.params());
		jpql.append(" order by ").append(fieldClauses.orderBy());
		jpql.append(query.newestFirst() ? "t.createdAt desc, t.id desc" : "t.createdAt asc, t.id asc");
		TypedQuery<Ticket> typed = this.entityManager.createQuery(jpql.toString(), Ticket.class);
		params.forEach(typed::setParameter);
		typed.setFirstResult(query.page() * query.size());
		typed.setMaxResults(query.size() + 1);
		List<Ticket> found = typed.getResultList();
		boolean hasNext = found.size() > query.size();
		List<Ticket> page = hasNext ? found.subList(0, query.size()) : found;
		return new TicketPage(this.views.of(page), query.page(), query.size(), hasNext);
	}

	@Override
	public Map<String, FieldValue> fields(long ticketId) {
		return this.fields.read(ticketId);
	}

	@Override
	public Map<Long, Map<String, FieldValue>> fields(java.util.Collection<Long> ticketIds) {
		return this.fields.read(ticketIds);
	}

	@Override
	public List<SolutionHit> solutions(String words, int limit, TicketScope scope) {
		if (scope.isEmpty()) {
			return List.of();
		}
		StringBuilder jpql = new StringBuilder("select t from Ticket t where t.solution is not null");
		if (!scope.everything()) {
			jpql.append(" and t.departmentId in :scope");
		}
		List<String> terms = (words == null) ? List.of()
				: Arrays.stream(words.toLowerCase(Locale.ROOT).split("\\s+"))
					.filter((w) -> !w.isBlank())
					.limit(8)
					.toList();
		for (int i = 0; i < terms.size(); i++) {
			jpql.append(" and (lower(cast(t.solution as String)) like :w")
				.append(i)
				.append(" escape '\\'")
				.append(" or lower(cast(t.cause as String)) like :w")
				.append(i)
				.append(" escape '\\'")
				.append(" or lower(t.subject) like :w")
				.append(i)
				.append(" escape '\\')");
		}
		jpql.append(" order by t.resolvedAt desc, t.id desc");
		TypedQuery<Ticket> typed = this.entityManager.createQuery(jpql.toString(), Ticket.class);
		if (!scope.everything()) {
			typed.setParameter("scope", scope.departmentIds());
		}
		for (int i = 0; i < terms.size(); i++) {
			typed.setParameter("w" + i, "%" + likeEscape(terms.get(i)) + "%");
		}
		typed.setMaxResults(Math.max(1, Math.min(limit, 100)));
		Map<Long, String> tierNames = this.desk.tiers()
			.stream()
			.collect(Collectors.toMap(TierView::id, TierView::name));
		return typed.getResultList()
			.stream()
			.map((t) -> new SolutionHit(t.getNumber(), t.getSubject(), t.getSolution(), t.getCause(), t.getResolvedBy(),
					t.getResolvedAt(), tierNames.get(t.getTierId()), t.getStatus()))
			.toList();
	}

	@Override
	@Transactional
	public int closeResolvedBefore(Instant cutoff, int limit) {
		List<String> due = this.tickets.findResolvedBefore(cutoff, PageRequest.of(0, limit));
		Instant now = this.clock.instant();
		for (String number : due) {
			Ticket ticket = load(number);
			ticket.close(now);
			record(ticket, HistoryAction.CLOSED, Actor.system(), TicketStatus.RESOLVED.apiName(),
					TicketStatus.CLOSED.apiName(), null, now);
			this.tickets.save(ticket);
		}
		return due.size();
	}

	@Override
	public Optional<AttachmentContent> attachment(long attachmentId) {
		return this.attachments.findById(attachmentId).flatMap((attachment) -> {
			Ticket ticket = this.tickets.findById(attachment.getTicketId()).orElseThrow();
			boolean internal = attachment.getMessageId() != null
					&& this.messages.findById(attachment.getMessageId()).map(TicketMessage::isInternal).orElse(false);
			return this.attachmentStore.get(attachmentId)
				.map((data) -> new AttachmentContent(attachment.toView(), ticket.getNumber(),
						ticket.getRequesterUserId(), ticket.getAccessToken(), internal, data));
		});
	}

	private TicketView saveAndView(Ticket ticket) {
		this.tickets.save(ticket);
		return this.views.of(ticket);
	}

	private Optional<Ticket> findTicket(String number) {
		if (number == null || number.isBlank() || number.length() > 32) {
			return Optional.empty();
		}
		return this.tickets.findByNumber(number.strip().toUpperCase(Locale.ROOT));
	}

	private Ticket load(String number) {
		return findTicket(number)
			.orElseThrow(() -> new NotFoundException("ticket.notFound", "There is no ticket {0}.", number));
	}

	private Ticket loadForUpdate(String number, Long expectedVersion) {
		Ticket ticket = load(number);
		if (expectedVersion != null && expectedVersion != ticket.getVersion()) {
			throw new ConflictException("ticket.modified",
					"Ticket {0} was changed by someone else meanwhile. Reload it and try again.", ticket.getNumber());
		}
		return ticket;
	}

	private TierView tierOf(Ticket ticket) {
		return this.desk.tier(ticket.getTierId()).orElseThrow();
	}

	private String assigneeName(Long userId) {
		return this.identity.user(userId).map(UserView::displayName).orElse(null);
	}

	private void record(Ticket ticket, HistoryAction action, Actor actor, String oldValue, String newValue, String note,
			Instant now) {
		this.history.save(new TicketHistoryEntry(ticket.getId(), action, actor, oldValue, newValue, note, now));
	}

	/**
	 * Uploads are limited in number; a mail brings what it brings (its intake leaves out
	 * empty and oversized files and says so).
	 */
	private void checkAttachments(List<NewAttachment> files, org.tierdesk.ticket.Channel channel) {
		if (channel != org.tierdesk.ticket.Channel.EMAIL && files.size() > this.properties.maxAttachments()) {
			throw new InvalidInputException("attachments", "ticket.attachment.tooMany", "At most {0} files.",
					this.properties.maxAttachments());
		}
		for (NewAttachment file : files) {
			String name = (file.filename() != null) ? file.filename().strip() : "";
			if (name.isEmpty() || name.length() > 255) {
				throw new InvalidInputException("attachments", "ticket.attachment.badName",
						"Each file needs a name of at most 255 characters.");
			}
			if (file.size() == 0) {
				throw new InvalidInputException("attachments", "ticket.attachment.empty", "The file {0} is empty.",
						name);
			}
			if (file.size() > this.properties.maxAttachmentSize().toBytes()) {
				throw new InvalidInputException("attachments", "ticket.attachment.tooLarge",
						"The file {0} is larger than {1} MB.", name, this.properties.maxAttachmentSize().toMegabytes());
			}
		}
	}

	private List<AttachmentView> storeAttachments(long ticketId, Long messageId, List<NewAttachment> files,
			Instant now) {
		List<AttachmentView> stored = new ArrayList<>();
		for (NewAttachment file : files) {
			String name = file.filename().strip().replaceAll("[\\\\/\\p{Cntrl}]", "_");
			String type = (file.contentType() != null && !file.contentType().isBlank()
					&& file.contentType().length() <= 200) ? file.contentType() : "application/octet-stream";
			Attachment attachment = this.attachments
				.save(new Attachment(ticketId, messageId, name, type, file.size(), now).shownInline(file.contentId(),
						file.inline()));
			this.attachments.flush();
			try (InputStream data = file.content().open()) {
				this.attachmentStore.put(attachment.getId(), data, file.size());
			}
			catch (IOException ex) {
				throw new UncheckedIOException("Cannot read the file " + name, ex);
			}
			stored.add(attachment.toView());
		}
		return stored;
	}

	private static String likeEscape(String text) {
		return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
	}

	private static String newAccessToken() {
		byte[] bytes = new byte[24];
		RANDOM.nextBytes(bytes);
		return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
	}

}
