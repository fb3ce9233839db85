package org.tierdesk.browser;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.MessageSource;
import org.tierdesk.desk.CustomFieldManagement;
import org.tierdesk.desk.CustomFieldView;
import org.tierdesk.desk.DefineFieldCommand;
import org.tierdesk.desk.DefineRequestTypeCommand;
import org.tierdesk.desk.DeskManagement;
import org.tierdesk.desk.FieldAudience;
import org.tierdesk.desk.FieldEntity;
import org.tierdesk.desk.FieldOption;
import org.tierdesk.desk.FieldRules;
import org.tierdesk.desk.FieldType;
import org.tierdesk.desk.RequestTypeManagement;
import org.tierdesk.desk.RequestTypeView;
import org.tierdesk.identity.IdentityManagement;
import org.tierdesk.identity.Role;
import org.tierdesk.identity.SaveAgentCommand;
import org.tierdesk.support.H2ApplicationTest;
import org.tierdesk.ticket.TicketManagement;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The five languages in a real browser: the portal form of a request type with a
 * conditional question, filled in each language the browser asks for; the language
 * switcher for visitors (a cookie) and for signed-in users (their setting); the time zone
 * setting.
 */
@H2ApplicationTest
class LanguagesBrowserIT {

	@RegisterExtension
	static final Chromium chromium = new Chromium();

	/** The request type's name and questions in every language. */
	static final Map<String, String> TYPE = Map.of("en", "New laptop", "nl", "Nieuwe laptop", "id", "Laptop baru", "it",
			"Nuovo portatile", "fi", "Uusi kannettava");

	static final Map<String, String> DEVICE = Map.of("en", "Device", "nl", "Apparaat", "id", "Perangkat", "it",
			"Dispositivo", "fi", "Laite");

	static final Map<String, String> LAPTOP = Map.of("en", "Laptop", "nl", "Laptop", "id", "Laptop", "it", "Portatile",
			"fi", "Kannettava");

	static final Map<String, String> PHONE = Map.of("en", "Phone", "nl", "Telefoon", "id", "Ponsel", "it", "Telefono",
			"fi", "Puhelin");

	static final Map<String, String> MODEL = Map.of("en", "Laptop model", "nl", "Laptopmodel", "id", "Model laptop",
			"it", "Modello del portatile", "fi", "Kannettavan malli");

	@LocalServerPort
	int port;

	@Autowired
	CustomFieldManagement fields;

	@Autowired
	RequestTypeManagement requestTypes;

	@Autowired
	TicketManagement tickets;

	@Autowired
	IdentityManagement identity;

	@Autowired
	DeskManagement desk;

	@Autowired
	MessageSource messages;

	String run;

	CustomFieldView device;

	CustomFieldView model;

	RequestTypeView type;

	final List<BrowserContext> contexts = new ArrayList<>();

	@BeforeEach
	void defineForm() {
		this.run = UUID.randomUUID().toString().replace("-", "").substring(0, 8);
		this.device = this.fields
			.defineField(new DefineFieldCommand(FieldEntity.TICKET, "device_" + this.run, FieldType.SINGLE_CHOICE,
					DEVICE, Map.of(), false, FieldRules.none(), null, FieldAudience.CUSTOMER, FieldAudience.CUSTOMER,
					List.of(new FieldOption("laptop", LAPTOP, false), new FieldOption("phone", PHONE, false))));
		this.model = this.fields.defineField(
				new DefineFieldCommand(FieldEntity.TICKET, "model_" + this.run, FieldType.TEXT, MODEL, Map.of(), false,
						FieldRules.none(), null, FieldAudience.CUSTOMER, FieldAudience.CUSTOMER, List.of()));
		Map<String, String> names = new HashMap<>();
		TYPE.forEach((language, name) -> names.put(language, name + " " + this.run));
		this.type = this.requestTypes
			.defineRequestType(new DefineRequestTypeCommand("laptop-" + this.run, null, names, Map.of(),
					List.of(new RequestTypeView.FormField(this.device.key(), true, null),
							new RequestTypeView.FormField(this.model.key(), true,
									new RequestTypeView.Condition(this.device.key(), List.of("laptop")))),
					null, null, true));
	}

	@AfterEach
	void removeForm() {
		this.contexts.forEach(BrowserContext::close);
		this.requestTypes.changeRequestType(this.type.id(),
				new DefineRequestTypeCommand(null, null, Map.of("en", "Old"), Map.of(), List.of(), null, null, false),
				null);
		this.fields.archiveField(this.model.id());
		this.fields.archiveField(this.device.id());
	}

	String base() {
		return "http://localhost:" + this.port;
	}

	String text(String key, String language) {
		return this.messages.getMessage(key, null, Locale.forLanguageTag(language));
	}

	Page browser(String acceptLanguage) {
		BrowserContext context = chromium.browser()
			.newContext(new Browser.NewContextOptions().setLocale(acceptLanguage));
		this.contexts.add(context);
		return context.newPage();
	}

	@ParameterizedTest
	@ValueSource(strings = { "en", "nl", "id", "it", "fi" })
	void customerFillsTheFormWithAConditionalQuestionInTheirLanguage(String language) {
		if (!language.equals("en")) {
			// the test would prove nothing if the language fell back to English
			assertThat(text("portal.new.submit", language)).isNotEqualTo(text("portal.new.submit", "en"));
		}
		Page page = browser(language);
		page.navigate(base() + "/portal/new");
		assertThat(page.locator("html")).hasAttribute("lang", language);
		assertThat(page.locator("h1")).hasText(text("portal.new.heading", language));
		String typeName = TYPE.get(language) + " " + this.run;
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(typeName)).click();
		assertThat(page.locator("#type-heading")).hasText(typeName);
		assertThat(page.locator("label[for=field-" + this.device.key() + "]")).containsText(DEVICE.get(language));
		assertThat(page.locator("label[for=field-" + this.model.key() + "]")).containsText(MODEL.get(language));
		assertThat(page.locator("label[for=subject]")).containsText(text("portal.field.subject", language));

		// the model question shows only for a laptop
		assertThat(page.locator("#field-" + this.model.key())).isHidden();
		page.locator("#field-" + this.device.key()).selectOption("laptop");
		assertThat(page.locator("#field-" + this.device.key() + " option:checked")).hasText(LAPTOP.get(language));
		assertThat(page.locator("#field-" + this.model.key())).isVisible();
		page.locator("#field-" + this.device.key()).selectOption("phone");
		assertThat(page.locator("#field-" + this.model.key())).isHidden();
		page.locator("#field-" + this.device.key()).selectOption("laptop");
		page.locator("#field-" + this.model.key()).fill("X1 " + language);
		page.locator("#name").fill("Lang " + language);
		page.locator("#email").fill("lang-" + language + "-" + this.run + "@example.com");
		page.locator("#subject").fill("Laptop " + language);
		page.locator("#description").fill("Needed for a new colleague.");
		Chromium.screenshot(page, "languages-" + language + "-portal-form");
		page.locator("main form button[type=submit]").click();

		assertThat(page.locator("h1")).hasText(text("portal.submitted.heading", language));
		String number = page.locator(".portal-ticket-number").textContent().strip();
		assertThat(this.tickets.fields(this.tickets.get(number).id()).get(this.model.key()).text())
			.isEqualTo("X1 " + language);
	}

	@Test
	void visitorSwitchesLanguageAndTheChoiceStays() {
		Page page = browser("en-GB");
		page.navigate(base() + "/portal");
		assertThat(page.locator("h1")).hasText(text("portal.home.heading", "en"));
		page.locator("#lang").selectOption("fi");
		page.waitForURL("**lang=fi**");
		assertThat(page.locator("h1")).hasText(text("portal.home.heading", "fi"));
		assertThat(page.locator("html")).hasAttribute("lang", "fi");
		// the choice beats the browser's language on the next pages
		page.navigate(base() + "/portal/new");
		assertThat(page.locator("h1")).hasText(text("portal.new.heading", "fi"));
		assertThat(page.locator("#lang option:checked")).hasText("suomi");
		page.locator("#lang").selectOption("it");
		page.waitForURL("**lang=it**");
		assertThat(page.locator("h1")).hasText(text("portal.new.heading", "it"));
		Chromium.screenshot(page, "languages-switched");
	}

	@Test
	void signedInUsersSettingsWinAndFollowThem() {
		String agent = "lingo-" + this.run;
		this.identity.createAgent(new SaveAgentCommand(agent, agent + "@example.com", "Lingo Agent", "password-123",
				Role.AGENT, true, Set.of(this.desk.tierAtLevel(1).orElseThrow().id()), Set.of()));
		long agentId = this.identity.userNamed(agent).orElseThrow().id();

		// in a Dutch browser the agent sets Indonesian and a time zone on their settings
		// page
		BrowserContext context = chromium.browser().newContext(new Browser.NewContextOptions().setLocale("nl-NL"));
		this.contexts.add(context);
		Page page = signIn(context, agent);
		page.navigate(base() + "/agent/profile");
		assertThat(page.locator("h1")).hasText(text("profile.title", "nl"));
		page.locator("#language").selectOption("id");
		page.locator("#timeZone").selectOption("Asia/Jakarta");
		page.locator("#profile-form button[type=submit]").click();
		assertThat(page.locator(".alert-success")).hasText(text("profile.saved", "id"));
		assertThat(page.locator("#timeZone-hint")).containsText("Asia/Jakarta");
		assertThat(this.identity.preferences(agentId).language()).isEqualTo("id");
		assertThat(this.identity.preferences(agentId).timeZone()).isEqualTo("Asia/Jakarta");

		// the language switcher changes the setting of a signed-in user
		page.locator("#lang").selectOption("it");
		page.waitForURL("**lang=it**");
		assertThat(page.locator("h1")).hasText(text("profile.title", "it"));
		assertThat(this.identity.preferences(agentId).language()).isEqualTo("it");

		// another browser, in Finnish, signed in as the same agent: the setting wins
		BrowserContext other = chromium.browser().newContext(new Browser.NewContextOptions().setLocale("fi-FI"));
		this.contexts.add(other);
		Page elsewhere = signIn(other, agent);
		elsewhere.navigate(base() + "/agent/profile");
		assertThat(elsewhere.locator("h1")).hasText(text("profile.title", "it"));
		assertThat(elsewhere.locator("#timeZone-hint")).containsText("Asia/Jakarta");
		Chromium.screenshot(elsewhere, "languages-profile");
	}

	private Page signIn(BrowserContext context, String username) {
		Page page = context.newPage();
		page.navigate(base() + "/login");
		page.locator("#username").fill(username);
		page.locator("#password").fill("password-123");
		page.locator("main form button[type=submit]").click();
		page.waitForURL("**/agent/**");
		return page;
	}

}
