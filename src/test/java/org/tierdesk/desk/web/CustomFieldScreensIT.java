package org.tierdesk.desk.web;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.tierdesk.desk.CustomFieldManagement;
import org.tierdesk.desk.CustomFieldView;
import org.tierdesk.desk.DefineFieldCommand;
import org.tierdesk.desk.FieldAudience;
import org.tierdesk.desk.FieldEntity;
import org.tierdesk.desk.FieldOption;
import org.tierdesk.desk.FieldRules;
import org.tierdesk.desk.FieldType;
import org.tierdesk.support.H2ApplicationTest;
import org.tierdesk.ticket.Actor;
import org.tierdesk.ticket.Channel;
import org.tierdesk.ticket.OpenTicketCommand;
import org.tierdesk.ticket.TicketManagement;
import org.tierdesk.ticket.TicketView;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Custom fields on the screens: the admin editor, the agent's ticket view and edit, the
 * portal request form, the queue and its CSV export; admins' words always escaped.
 */
@H2ApplicationTest
@AutoConfigureMockMvc
class CustomFieldScreensIT {

	@Autowired
	MockMvc mvc;

	@Autowired
	CustomFieldManagement fields;

	@Autowired
	TicketManagement tickets;

	@Autowired
	UserDetailsService users;

	@Autowired
	org.tierdesk.desk.RequestTypeManagement requestTypes;

	@Autowired
	org.tierdesk.desk.DeskManagement desk;

	RequestPostProcessor admin;

	String run;

	final List<Long> defined = new ArrayList<>();

	@BeforeEach
	void signIn() {
		this.admin = user(this.users.loadUserByUsername("admin"));
		this.run = UUID.randomUUID().toString().replace("-", "").substring(0, 8);
	}

	@AfterEach
	void archive() {
		this.defined.forEach(this.fields::archiveField);
	}

	CustomFieldView define(String name, FieldType type, Map<String, String> labels, Map<String, String> help,
			FieldRules rules, FieldAudience visibleTo, FieldAudience editableBy, FieldOption... options) {
		CustomFieldView field = this.fields
			.defineField(new DefineFieldCommand(FieldEntity.TICKET, name + "_" + this.run, type, labels, help, false,
					rules, null, visibleTo, editableBy, List.of(options)));
		this.defined.add(field.id());
		return field;
	}

	TicketView newTicket(String subject) {
		return this.tickets.open(new OpenTicketCommand(subject, "Details", "req@example.com", "Rita", null, Channel.WEB,
				null, null, List.of()), Actor.system());
	}

	@Test
	void shouldEscapeHtmlInLabelsAndHelpTexts() throws Exception {
		define("xss", FieldType.TEXT, Map.of("en", "<script>alert('label')</script>"),
				Map.of("en", "<img src=x onerror=alert(1)>"), FieldRules.none(), FieldAudience.CUSTOMER,
				FieldAudience.CUSTOMER);
		this.mvc.perform(get("/admin/fields").with(this.admin))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("&lt;script&gt;alert(&#39;label&#39;)&lt;/script&gt;"),
					not(containsString("<script>alert('label')")))));
		this.mvc.perform(get("/portal/new"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("&lt;script&gt;"), containsString("&lt;img src=x"),
					not(containsString("<img src=x")))));
	}

	@Test
	void shouldDefineAFieldWithOptionsInTheAdminForm() throws Exception {
		String key = "laptop_" + this.run;
		this.mvc
			.perform(post("/admin/fields").with(this.admin)
				.with(csrf())
				.param("key", key)
				.param("type", "SINGLE_CHOICE")
				.param("labels[en]", "Laptop")
				.param("labels[fi]", "Kannettava")
				.param("visibleTo", "CUSTOMER")
				.param("editableBy", "AGENT")
				.param("options[0].key", "basic")
				.param("options[0].labels[en]", "Basic")
				.param("options[1].key", "pro")
				.param("options[1].labels[en]", "Pro")
				.param("options[1].labels[nl]", "Professioneel")
				.param("options[2].key", "")
				.param("options[2].labels[en]", ""))
			.andExpect(redirectedUrl("/admin/fields"))
			.andExpect(flash().attribute("successKey", "fields.admin.defined"));
		CustomFieldView field = this.fields.fields(FieldEntity.TICKET)
			.stream()
			.filter((f) -> f.key().equals(key))
			.findFirst()
			.orElseThrow();
		this.defined.add(field.id());
		assertThat(field.labels()).containsEntry("fi", "Kannettava");
		assertThat(field.options()).extracting(FieldOption::key).containsExactly("basic", "pro");

		this.mvc
			.perform(post("/admin/fields").with(this.admin)
				.with(csrf())
				.param("key", "broken_" + this.run)
				.param("type", "TEXT")
				.param("labels[en]", "Broken")
				.param("pattern", "[a-")
				.param("visibleTo", "AGENT")
				.param("editableBy", "AGENT"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("The pattern is not a valid regular expression")));
		this.mvc
			.perform(post("/admin/fields").with(this.admin)
				.with(csrf())
				.param("key", "range_" + this.run)
				.param("type", "NUMBER")
				.param("labels[en]", "Range")
				.param("min", "lots")
				.param("visibleTo", "AGENT")
				.param("editableBy", "AGENT"))
			.andExpect(status().isOk());
		assertThat(this.fields.allFields(FieldEntity.TICKET)).noneMatch(
				(f) -> f.key().endsWith(this.run) && (f.key().startsWith("broken") || f.key().startsWith("range")));
		this.mvc.perform(get("/admin/fields/" + field.id() + "/edit").with(this.admin))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Professioneel")));
	}

	@Test
	void shouldShowAndEditFieldsOnTheAgentTicket() throws Exception {
		CustomFieldView seats = define("seats", FieldType.NUMBER, Map.of("en", "Seats"), Map.of(),
				new FieldRules(BigDecimal.ONE, BigDecimal.TEN, null, null, null), FieldAudience.AGENT,
				FieldAudience.AGENT);
		CustomFieldView urgent = define("urgent", FieldType.CHECKBOX, Map.of("en", "Urgent"), Map.of(),
				FieldRules.none(), FieldAudience.AGENT, FieldAudience.AGENT);
		TicketView ticket = newTicket("Conference room");
		this.mvc.perform(get("/agent/tickets/" + ticket.number()).with(this.admin))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("Seats"), containsString("name=\"field." + seats.key()),
					containsString("name=\"_field." + urgent.key()))));

		this.mvc
			.perform(post("/agent/tickets/" + ticket.number() + "/fields").with(this.admin)
				.with(csrf())
				.param("version", String.valueOf(ticket.version()))
				.param("field." + seats.key(), "12")
				.param("_field." + urgent.key(), "")
				.param("field." + urgent.key(), "true"))
			.andExpect(flash().attribute("errorKey", "fields.error.max"));
		assertThat(this.tickets.fields(ticket.id())).isEmpty();

		this.mvc
			.perform(post("/agent/tickets/" + ticket.number() + "/fields").with(this.admin)
				.with(csrf())
				.param("version", String.valueOf(ticket.version()))
				.param("field." + seats.key(), "8")
				.param("_field." + urgent.key(), "")
				.param("field." + urgent.key(), "true"))
			.andExpect(flash().attribute("successKey", "fields.ticket.saved"));
		assertThat(this.tickets.fields(ticket.id()).get(seats.key()).number()).isEqualByComparingTo("8");
		assertThat(this.tickets.fields(ticket.id()).get(urgent.key()).flag()).isTrue();
		this.mvc.perform(get("/agent/tickets/" + ticket.number()).with(this.admin))
			.andExpect(content().string(containsString("changed a field")));

		// the field is deleted while the agent still has the form open
		this.fields.archiveField(seats.id());
		long version = this.tickets.get(ticket.number()).version();
		this.mvc
			.perform(post("/agent/tickets/" + ticket.number() + "/fields").with(this.admin)
				.with(csrf())
				.param("version", String.valueOf(version))
				.param("field." + seats.key(), "9"))
			.andExpect(flash().attribute("errorKey", "fields.error.archived"));
	}

	@Test
	void shouldTakeCustomerFieldsOnThePortalForm() throws Exception {
		CustomFieldView serial = define("serial", FieldType.TEXT, Map.of("en", "Serial number", "nl", "Serienummer"),
				Map.of("en", "On the sticker below"), new FieldRules(null, null, null, 10, null),
				FieldAudience.CUSTOMER, FieldAudience.CUSTOMER);
		CustomFieldView internal = define("internal", FieldType.TEXT, Map.of("en", "Internal code"), Map.of(),
				FieldRules.none(), FieldAudience.AGENT, FieldAudience.AGENT);
		this.mvc.perform(get("/portal/new").header("Accept-Language", "nl"))
			.andExpect(content().string(allOf(containsString("Serienummer"), containsString("On the sticker below"),
					not(containsString("Internal code")))));

		this.mvc
			.perform(multipart("/portal/new").with(csrf())
				.param("name", "Guest")
				.param("email", "guest-" + this.run + "@example.com")
				.param("subject", "Broken screen")
				.param("description", "It flickers")
				.param("field." + serial.key(), "SN-0123456789"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("must be at most 10 characters")));
		this.mvc
			.perform(multipart("/portal/new").with(csrf())
				.param("name", "Guest")
				.param("email", "guest-" + this.run + "@example.com")
				.param("subject", "Broken screen")
				.param("description", "It flickers")
				.param("field." + internal.key(), "sneaky"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("You may not change")));
		this.mvc
			.perform(multipart("/portal/new").with(csrf())
				.param("name", "Guest")
				.param("email", "guest-" + this.run + "@example.com")
				.param("subject", "Broken screen")
				.param("description", "It flickers")
				.param("field." + serial.key(), "SN-42"))
			.andExpect(redirectedUrl("/portal/submitted"));
		TicketView created = this.tickets
			.search(new org.tierdesk.ticket.TicketQuery(java.util.Set.of(), true, null, null, null, false, null, null,
					"guest-" + this.run + "@example.com", null, true, 0, 10))
			.items()
			.get(0);
		assertThat(this.tickets.fields(created.id()).get(serial.key()).text()).isEqualTo("SN-42");
		this.mvc.perform(get("/portal/t/" + created.accessToken()))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("Serial number"), containsString("SN-42"),
					not(containsString("Internal code")))));
	}

	@Test
	void shouldTakeAgentFieldsWhenLoggingACall() throws Exception {
		CustomFieldView callback = define("callback", FieldType.DATE, Map.of("en", "Call back on"), Map.of(),
				FieldRules.none(), FieldAudience.AGENT, FieldAudience.AGENT);
		this.mvc.perform(get("/agent/tickets/new").with(this.admin))
			.andExpect(content().string(containsString("name=\"field." + callback.key())));
		this.mvc
			.perform(multipart("/agent/tickets/new").with(this.admin)
				.with(csrf())
				.param("name", "Caller")
				.param("email", "caller-" + this.run + "@example.com")
				.param("subject", "Phone call " + this.run)
				.param("description", "Wants a call back")
				.param("priority", "normal")
				.param("channel", "phone")
				.param("field." + callback.key(), "next tuesday"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("must be a date")));
		this.mvc
			.perform(multipart("/agent/tickets/new").with(this.admin)
				.with(csrf())
				.param("name", "Caller")
				.param("email", "caller-" + this.run + "@example.com")
				.param("subject", "Phone call " + this.run)
				.param("description", "Wants a call back")
				.param("priority", "normal")
				.param("channel", "phone")
				.param("field." + callback.key(), "2026-12-01"))
			.andExpect(status().is3xxRedirection());
		TicketView created = this.tickets
			.search(new org.tierdesk.ticket.TicketQuery(java.util.Set.of(), true, null, null, null, false, null, null,
					"caller-" + this.run + "@example.com", null, true, 0, 10))
			.items()
			.get(0);
		assertThat(this.tickets.fields(created.id()).get(callback.key()).date()).hasToString("2026-12-01");
	}

	@Test
	void shouldShowFilterSortAndExportTheQueueByField() throws Exception {
		CustomFieldView site = define("site", FieldType.SINGLE_CHOICE, Map.of("en", "Site"), Map.of(),
				FieldRules.none(), FieldAudience.AGENT, FieldAudience.AGENT,
				new FieldOption("hq", Map.of("en", "Head office"), false),
				new FieldOption("lab" + this.run, Map.of("en", "Lab, \"north\""), false));
		TicketView inLab = newTicket("Lab printer " + this.run);
		TicketView atHq = newTicket("HQ printer " + this.run);
		this.tickets.update(inLab.number(), org.tierdesk.ticket.UpdateTicketCommand
			.fields(Map.of(site.key(), "lab" + this.run), FieldAudience.AGENT), Actor.system(), null);
		this.tickets.update(atHq.number(),
				org.tierdesk.ticket.UpdateTicketCommand.fields(Map.of(site.key(), "hq"), FieldAudience.AGENT),
				Actor.system(), null);

		this.mvc
			.perform(get("/agent/queue").with(this.admin)
				.param("tier", "1")
				.param("status", "all")
				.param("field", site.key())
				.param("value", "lab" + this.run)
				.param("sort", "field." + site.key()))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString(inLab.number()), not(containsString(atHq.number())),
					containsString("Lab, &quot;north&quot;"))));
		this.mvc
			.perform(get("/agent/queue/export.csv").with(this.admin)
				.param("tier", "1")
				.param("status", "all")
				.param("q", this.run))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Type", containsString("text/csv")))
			.andExpect(content().string(allOf(containsString("Site"), containsString(inLab.number()),
					containsString("\"Lab, \"\"north\"\"\""), containsString("Head office"))));
		this.mvc
			.perform(get("/agent/queue").with(this.admin)
				.param("tier", "1")
				.param("field", site.key())
				.param("value", "x".repeat(300)))
			.andExpect(status().isOk());
	}

	@Test
	void shouldOfferRequestTypesWithConditionalQuestionsOnThePortal() throws Exception {
		CustomFieldView device = define("device", FieldType.SINGLE_CHOICE, Map.of("en", "Device"), Map.of(),
				FieldRules.none(), FieldAudience.CUSTOMER, FieldAudience.CUSTOMER,
				new FieldOption("laptop", Map.of("en", "Laptop"), false),
				new FieldOption("phone", Map.of("en", "Phone"), false));
		CustomFieldView model = define("model", FieldType.TEXT, Map.of("en", "Laptop model"), Map.of(),
				FieldRules.none(), FieldAudience.CUSTOMER, FieldAudience.CUSTOMER);
		String key = "hw-" + this.run;
		org.tierdesk.desk.RequestTypeView type = this.requestTypes
			.defineRequestType(new org.tierdesk.desk.DefineRequestTypeCommand(key, null,
					Map.of("en", "New hardware " + this.run), Map.of("en", "Laptops and phones"),
					List.of(new org.tierdesk.desk.RequestTypeView.FormField(device.key(), true, null),
							new org.tierdesk.desk.RequestTypeView.FormField(model.key(), true,
									new org.tierdesk.desk.RequestTypeView.Condition(device.key(), List.of("laptop")))),
					"urgent", this.desk.tierAtLevel(2).orElseThrow().id(), true));
		try {
			this.mvc.perform(get("/portal/new"))
				.andExpect(content().string(containsString("New hardware " + this.run)));
			this.mvc.perform(get("/portal/new").param("type", key))
				.andExpect(content().string(allOf(containsString("Laptops and phones"),
						containsString("data-show-field=\"field." + device.key() + "\""),
						containsString("data-show-values=\"laptop\""))));

			// a laptop needs its model: the conditional question is required once shown
			this.mvc
				.perform(multipart("/portal/new").with(csrf())
					.param("type", key)
					.param("name", "Guest")
					.param("email", "hw-" + this.run + "@example.com")
					.param("subject", "Need a laptop")
					.param("description", "For a new colleague")
					.param("field." + device.key(), "laptop"))
				.andExpect(status().isOk())
				.andExpect(content().string(containsString("Laptop model (" + model.key() + ") is required.")));
			// a phone does not show the model: an answer sent anyway is not stored
			this.mvc
				.perform(multipart("/portal/new").with(csrf())
					.param("type", key)
					.param("name", "Guest")
					.param("email", "hw-" + this.run + "@example.com")
					.param("subject", "Need a phone")
					.param("description", "For a new colleague")
					.param("field." + device.key(), "phone")
					.param("field." + model.key(), "left over"))
				.andExpect(redirectedUrl("/portal/submitted"));
			TicketView created = this.tickets
				.search(new org.tierdesk.ticket.TicketQuery(java.util.Set.of(), true, null, null, null, false, null,
						null, "hw-" + this.run + "@example.com", null, true, 0, 10))
				.items()
				.get(0);
			assertThat(this.tickets.fields(created.id())).containsOnlyKeys(device.key());
			assertThat(created.priority()).isEqualTo(org.tierdesk.ticket.Priority.URGENT);
			assertThat(created.tier().level()).isEqualTo(2);
		}
		finally {
			this.requestTypes.changeRequestType(type.id(), new org.tierdesk.desk.DefineRequestTypeCommand(null, null,
					Map.of("en", "Old"), Map.of(), List.of(), null, null, false), null);
		}
	}

	@Test
	void shouldEditRequestTypesInTheAdminScreens() throws Exception {
		CustomFieldView device = define("kind", FieldType.SINGLE_CHOICE, Map.of("en", "Kind"), Map.of(),
				FieldRules.none(), FieldAudience.CUSTOMER, FieldAudience.CUSTOMER,
				new FieldOption("laptop", Map.of("en", "Laptop"), false));
		CustomFieldView note = define("note", FieldType.TEXT, Map.of("en", "Note"), Map.of(), FieldRules.none(),
				FieldAudience.CUSTOMER, FieldAudience.CUSTOMER);
		String key = "admin-" + this.run;
		this.mvc.perform(get("/admin/request-types/new").with(this.admin))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(">Kind<")));
		this.mvc
			.perform(post("/admin/request-types").with(this.admin)
				.with(csrf())
				.param("key", key)
				.param("names[en]", "Kit <b>" + this.run + "</b>")
				.param("priority", "high")
				.param("active", "false")
				.param("questions[0].field", note.key())
				.param("questions[0].showField", device.key())
				.param("questions[0].showValues", "laptop")
				.param("questions[1].field", device.key()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("can only depend on a question asked before it")));
		this.mvc
			.perform(post("/admin/request-types").with(this.admin)
				.with(csrf())
				.param("key", key)
				.param("names[en]", "Kit <b>" + this.run + "</b>")
				.param("priority", "high")
				.param("questions[0].field", device.key())
				.param("questions[0].required", "true")
				.param("questions[1].field", note.key())
				.param("questions[1].showField", device.key())
				.param("questions[1].showValues", "laptop"))
			.andExpect(redirectedUrl("/admin/request-types"));
		org.tierdesk.desk.RequestTypeView type = this.requestTypes.requestType(key).orElseThrow();
		try {
			assertThat(type.fields()).hasSize(2);
			assertThat(type.fields().get(1).showWhen().values()).containsExactly("laptop");
			this.mvc.perform(get("/admin/request-types").with(this.admin))
				.andExpect(content()
					.string(allOf(containsString("Kit &lt;b&gt;" + this.run), not(containsString("Kit <b>")))));
			this.mvc.perform(get("/admin/request-types/" + type.id() + "/edit").with(this.admin))
				.andExpect(status().isOk())
				.andExpect(content().string(containsString("value=\"laptop\"")));
		}
		finally {
			this.requestTypes.changeRequestType(type.id(), new org.tierdesk.desk.DefineRequestTypeCommand(null, null,
					Map.of("en", "Old"), Map.of(), List.of(), null, null, false), null);
		}
	}

}
