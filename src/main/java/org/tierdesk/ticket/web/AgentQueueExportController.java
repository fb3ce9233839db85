package org.tierdesk.ticket.web;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.tierdesk.desk.CustomFieldManagement;
import org.tierdesk.desk.CustomFieldView;
import org.tierdesk.desk.DeskManagement;
import org.tierdesk.desk.FieldType;
import org.tierdesk.desk.FieldValue;
import org.tierdesk.desk.TierView;
import org.tierdesk.identity.IdentityManagement;
import org.tierdesk.identity.TierdeskPrincipal;
import org.tierdesk.identity.UserView;
import org.tierdesk.ticket.TicketAccess;
import org.tierdesk.ticket.TicketManagement;
import org.tierdesk.ticket.TicketPage;
import org.tierdesk.ticket.TicketQuery;
import org.tierdesk.ticket.TicketView;
import org.tierdesk.ticket.web.AgentQueueController.QueueFilter;

/**
 * A queue as CSV, with the same filters and order as on screen and a column per custom
 * field the agent may see. Spreadsheet formulas are neutralised.
 */
@Controller
class AgentQueueExportController {

	/** Most rows in one export; a larger list is better read through the API. */
	static final int MAX_ROWS = 10_000;

	private final TicketManagement tickets;

	private final DeskManagement desk;

	private final IdentityManagement identity;

	private final CustomFieldManagement fields;

	private final MessageSource messages;

	private final TicketAccess access;

	AgentQueueExportController(TicketManagement tickets, DeskManagement desk, IdentityManagement identity,
			CustomFieldManagement fields, MessageSource messages, TicketAccess access) {
		this.access = access;
		this.tickets = tickets;
		this.desk = desk;
		this.identity = identity;
		this.fields = fields;
		this.messages = messages;
	}

	@GetMapping("/agent/queue/export.csv")
	void export(@ModelAttribute("filter") QueueFilter filter, @AuthenticationPrincipal TierdeskPrincipal user,
			HttpServletResponse response) throws IOException {
		TierView tier = (filter.getTier() != null) ? this.desk.tierAtLevel(filter.getTier()).orElse(null) : null;
		if (tier == null) {
			tier = this.desk.firstTier();
		}
		List<CustomFieldView> visible = StaffFields.visible(this.fields, user);
		Locale locale = LocaleContextHolder.getLocale();
		Map<Long, String> agents = this.identity.staff()
			.stream()
			.collect(Collectors.toMap(UserView::id, UserView::displayName, (a, b) -> a));
		response.setContentType("text/csv;charset=UTF-8");
		response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
				ContentDisposition.attachment().filename("tickets.csv").build().toString());
		PrintWriter out = new PrintWriter(response.getOutputStream(), false, StandardCharsets.UTF_8);
		// a byte order mark, so that spreadsheet programs read UTF-8
		out.write('\ufeff');
		List<String> header = new ArrayList<>();
		for (String column : List.of("number", "subject", "status", "priority", "tier", "department", "assignee",
				"requester", "created")) {
			header.add(this.messages.getMessage("fields.csv." + column, null, locale));
		}
		visible.forEach((field) -> header.add(field.label(locale)));
		line(out, header);
		TicketQuery query = AgentQueueController.toQuery(filter, tier, user, visible).within(this.access.scopeOf(user));
		int rows = 0;
		for (int page = 0; rows < MAX_ROWS; page++) {
			TicketPage result = this.tickets.search(query.at(page, TicketQuery.MAX_SIZE));
			Map<Long, Map<String, FieldValue>> values = visible.isEmpty() ? Map.of()
					: this.tickets.fields(result.items().stream().map(TicketView::id).toList());
			for (TicketView t : result.items()) {
				List<String> cells = new ArrayList<>(
						List.of(t.number(), t.subject(), t.status().apiName(), t.priority().apiName(), t.tier().name(),
								t.department().name(), (t.assignee() != null) ? t.assignee().name() : "",
								t.requester().email(), t.createdAt().toString()));
				Map<String, FieldValue> ticketValues = values.getOrDefault(t.id(), Map.of());
				for (CustomFieldView field : visible) {
					FieldValue value = ticketValues.get(field.key());
					cells.add((value == null) ? ""
							: (value.type() == FieldType.AGENT) ? agents.getOrDefault(value.ref(), "")
									: value.type().isText() ? value.text() : value.display(field, locale));
				}
				line(out, cells);
				rows++;
			}
			if (!result.hasNext()) {
				break;
			}
		}
		out.flush();
	}

	private static void line(PrintWriter out, List<String> cells) {
		out.write(cells.stream().map(AgentQueueExportController::cell).collect(Collectors.joining(",")));
		out.write("\r\n");
	}

	static String cell(String value) {
		String text = (value != null) ? value : "";
		if (!text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0) {
			// never a formula in a spreadsheet
			text = "'" + text;
		}
		if (text.contains(",") || text.contains("\"") || text.contains("\n") || text.contains("\r")
				|| text.startsWith("'")) {
			text = "\"" + text.replace("\"", "\"\"") + "\"";
		}
		return text;
	}

}
