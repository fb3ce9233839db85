package org.tierdesk.browser;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.tierdesk.desk.CustomFieldManagement;
import org.tierdesk.desk.CustomFieldView;
import org.tierdesk.desk.DefineFieldCommand;
import org.tierdesk.desk.DeskManagement;
import org.tierdesk.desk.FieldAudience;
import org.tierdesk.desk.FieldEntity;
import org.tierdesk.desk.FieldOption;
import org.tierdesk.desk.FieldRules;
import org.tierdesk.desk.FieldType;
import org.tierdesk.identity.IdentityManagement;
import org.tierdesk.identity.Role;
import org.tierdesk.identity.SaveAgentCommand;
import org.tierdesk.support.H2ApplicationTest;
import org.tierdesk.ticket.TicketManagement;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Custom fields in a real browser: a customer fills the portal form's fields in Dutch, an
 * agent sees them on the ticket and changes an agent-only field.
 */
@H2ApplicationTest
class CustomFieldBrowserIT {

	@RegisterExtension
	static final Chromium chromium = new Chromium();

	@LocalServerPort
	int port;

	@Autowired
	IdentityManagement identity;

	@Autowired
	DeskManagement desk;

	@Autowired
	CustomFieldManagement fields;

	@Autowired
	TicketManagement tickets;

	@Autowired
	org.tierdesk.desk.RequestTypeManagement requestTypes;

	final List<Long> defined = new ArrayList<>();

	@AfterEach
	void archiveFields() {
		this.defined.forEach(this.fields::archiveField);
	}

	String base() {
		return "http://localhost:" + this.port;
	}

	CustomFieldView define(DefineFieldCommand command) {
		CustomFieldView field = this.fields.defineField(command);
		this.defined.add(field.id());
		return field;
	}

	@Test
	void customerFillsFieldsAndAgentChangesThem() {
		String suffix = UUID.randomUUID().toString().replace("-", "").substring(0, 8);
		CustomFieldView model = define(new DefineFieldCommand(FieldEntity.TICKET, "model_" + suffix,
				FieldType.SINGLE_CHOICE, Map.of("en", "Laptop model", "nl", "Laptopmodel"),
				Map.of("nl", "Kijk op de onderkant"), false, FieldRules.none(), "basic", FieldAudience.CUSTOMER,
				FieldAudience.CUSTOMER, List.of(new FieldOption("basic", Map.of("en", "Basic", "nl", "Basis"), false),
						new FieldOption("pro", Map.of("en", "Pro", "nl", "Professioneel"), false))));
		CustomFieldView monitors = define(new DefineFieldCommand(FieldEntity.TICKET, "monitors_" + suffix,
				FieldType.NUMBER, Map.of("en", "Monitors"), Map.of(), false,
				new FieldRules(BigDecimal.ZERO, new BigDecimal("4"), null, null, null), null, FieldAudience.AGENT,
				FieldAudience.AGENT, List.of()));
		String agent = "fia-" + suffix;
		this.identity.createAgent(new SaveAgentCommand(agent, agent + "@example.com", "Fia Fields", "password-123",
				Role.AGENT, true, Set.of(this.desk.tierAtLevel(1).orElseThrow().id()), Set.of()));

		// 1. A customer writing Dutch picks a model on the portal form; the agent-only
		// field is not there.
		BrowserContext customerContext = chromium.browser()
			.newContext(new Browser.NewContextOptions().setLocale("nl-NL"));
		Page customer = customerContext.newPage();
		customer.navigate(base() + "/portal/new");
		assertThat(customer.locator("label[for=field-" + model.key() + "]")).hasText("Laptopmodel");
		assertThat(customer.locator("main")).containsText("Kijk op de onderkant");
		assertThat(customer.locator("#field-" + monitors.key())).hasCount(0);
		assertThat(customer.locator("#field-" + model.key())).hasValue("basic");
		customer.locator("#name").fill("Noor Klant");
		customer.locator("#email").fill("noor-" + suffix + "@example.com");
		customer.locator("#subject").fill("Nieuwe laptop " + suffix);
		customer.locator("#description").fill("Voor een nieuwe collega.");
		customer.locator("#field-" + model.key()).selectOption("pro");
		Chromium.screenshot(customer, "fields-1-portal-form");
		customer.locator("main form button[type=submit]").click();
		String number = customer.locator(".portal-ticket-number").textContent().strip();
		customerContext.close();

		// 2. The agent sees the customer's choice and sets the number of monitors.
		Page page = chromium.signIn(base(), agent);
		page.navigate(base() + "/agent/tickets/" + number);
		assertThat(page.locator("#fields-heading + dl")).containsText("Laptop model");
		assertThat(page.locator("#fields-heading + dl")).containsText("Pro");
		page.locator("summary", new Page.LocatorOptions().setHasText("Edit fields")).click();
		page.locator("#field-" + monitors.key()).fill("2");
		page.locator("#fields-form").getByRole(AriaRole.BUTTON).click();
		assertThat(page.locator(".alert-success")).containsText("Fields saved");
		assertThat(page.locator("#fields-heading + dl")).containsText("2");
		assertThat(page.locator(".history")).containsText("changed a field");
		Chromium.screenshot(page, "fields-2-agent-ticket");
		assertThat(this.tickets.fields(this.tickets.get(number).id()).get(monitors.key()).number())
			.isEqualByComparingTo("2");
	}

	@Test
	void requestTypeShowsAQuestionOnlyWhenItApplies() {
		String suffix = UUID.randomUUID().toString().replace("-", "").substring(0, 8);
		CustomFieldView device = define(
				new DefineFieldCommand(FieldEntity.TICKET, "device_" + suffix, FieldType.SINGLE_CHOICE,
						Map.of("en", "Device"), Map.of(), false, FieldRules.none(), null, FieldAudience.CUSTOMER,
						FieldAudience.CUSTOMER, List.of(new FieldOption("laptop", Map.of("en", "Laptop"), false),
								new FieldOption("phone", Map.of("en", "Phone"), false))));
		CustomFieldView model = define(new DefineFieldCommand(FieldEntity.TICKET, "laptop_" + suffix, FieldType.TEXT,
				Map.of("en", "Laptop model"), Map.of(), false, FieldRules.none(), null, FieldAudience.CUSTOMER,
				FieldAudience.CUSTOMER, List.of()));
		String key = "hardware-" + suffix;
		org.tierdesk.desk.RequestTypeView type = this.requestTypes
			.defineRequestType(new org.tierdesk.desk.DefineRequestTypeCommand(key, null,
					Map.of("en", "New hardware " + suffix), Map.of(),
					List.of(new org.tierdesk.desk.RequestTypeView.FormField(device.key(), true, null),
							new org.tierdesk.desk.RequestTypeView.FormField(model.key(), true,
									new org.tierdesk.desk.RequestTypeView.Condition(device.key(), List.of("laptop")))),
					null, null, true));
		try {
			Page page = chromium.browser().newContext().newPage();
			page.navigate(base() + "/portal/new");
			page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("New hardware " + suffix)).click();
			assertThat(page.locator("#type-heading")).hasText("New hardware " + suffix);
			assertThat(page.locator("#field-" + model.key())).isHidden();
			page.locator("#field-" + device.key()).selectOption("laptop");
			assertThat(page.locator("#field-" + model.key())).isVisible();
			page.locator("#field-" + device.key()).selectOption("phone");
			assertThat(page.locator("#field-" + model.key())).isHidden();
			page.locator("#field-" + device.key()).selectOption("laptop");
			page.locator("#field-" + model.key()).fill("ThinkPad X1");
			page.locator("#name").fill("Kai");
			page.locator("#email").fill("kai-" + suffix + "@example.com");
			page.locator("#subject").fill("Laptop for Kai");
			page.locator("#description").fill("Starts Monday.");
			Chromium.screenshot(page, "fields-3-request-type");
			page.locator("main form button[type=submit]").click();
			String number = page.locator(".portal-ticket-number").textContent().strip();
			Map<String, org.tierdesk.desk.FieldValue> values = this.tickets.fields(this.tickets.get(number).id());
			assertThat(values.get(model.key()).text()).isEqualTo("ThinkPad X1");
			assertThat(values.get(device.key()).text()).isEqualTo("laptop");
		}
		finally {
			this.requestTypes.changeRequestType(type.id(), new org.tierdesk.desk.DefineRequestTypeCommand(null, null,
					Map.of("en", "Old"), Map.of(), List.of(), null, null, false), null);
		}
	}

}
