package org.tierdesk.browser;

import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import com.microsoft.playwright.APIResponse;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.tierdesk.desk.DeskManagement;
import org.tierdesk.desk.SaveDepartmentCommand;
import org.tierdesk.desk.TierView;
import org.tierdesk.identity.IdentityManagement;
import org.tierdesk.identity.Role;
import org.tierdesk.identity.SaveAgentCommand;
import org.tierdesk.support.H2ApplicationTest;
import org.tierdesk.ticket.Actor;
import org.tierdesk.ticket.Channel;
import org.tierdesk.ticket.OpenTicketCommand;
import org.tierdesk.ticket.Priority;
import org.tierdesk.ticket.TicketManagement;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Departments in a real browser: an IT agent's queue, ticket page and CSV export never
 * show a confidential HR ticket; handing a ticket to HR takes it out of their sight; an
 * admin makes a department confidential and gives it a sending address.
 */
@H2ApplicationTest
class DepartmentBrowserIT {

	@RegisterExtension
	static final Chromium chromium = new Chromium();

	@LocalServerPort
	int port;

	@Autowired
	IdentityManagement identity;

	@Autowired
	DeskManagement desk;

	@Autowired
	TicketManagement tickets;

	String tag;

	long itId;

	long hrId;

	String agent;

	@BeforeEach
	void setUp() {
		this.tag = UUID.randomUUID().toString().substring(0, 8);
		this.itId = this.desk.addDepartment(new SaveDepartmentCommand("IT " + this.tag, true, false, null)).id();
		this.hrId = this.desk.addDepartment(new SaveDepartmentCommand("HR " + this.tag, true, true, null)).id();
		this.agent = "it-" + this.tag;
		staff(this.agent, Role.AGENT, Set.of(this.itId));
	}

	void staff(String username, Role role, Set<Long> departments) {
		Set<Long> tiers = this.desk.tiers().stream().map(TierView::id).collect(Collectors.toSet());
		this.identity.createAgent(new SaveAgentCommand(username, username + "@example.com", "Ivo " + this.tag,
				"password-123", role, true, tiers, departments, false));
	}

	String ticket(long departmentId, String subject) {
		return this.tickets
			.open(new OpenTicketCommand(subject + " " + this.tag, "Please help", "kim@example.com", "Kim", null,
					Channel.PHONE, Priority.NORMAL, departmentId, null), Actor.system())
			.number();
	}

	String base() {
		return "http://localhost:" + this.port;
	}

	@Test
	void shouldKeepConfidentialTicketsOutOfAnotherDepartmentsScreens() {
		String it = ticket(this.itId, "Laptop broken");
		String hr = ticket(this.hrId, "Salary question");
		Page page = chromium.signIn(base(), this.agent);

		page.navigate(base() + "/agent/queue?status=all&q=" + this.tag);
		assertThat(page.locator(".queue-table")).containsText(it);
		assertThat(page.locator("#queue-results")).not().containsText(hr);
		assertThat(page.locator("#queue-results")).not().containsText("Salary question");
		assertThat(page.locator("#department option")).containsText(new String[] { "", "IT " + this.tag });

		Response hidden = page.navigate(base() + "/agent/tickets/" + hr);
		assertThat(hidden.status()).isEqualTo(404);
		assertThat(page.locator("body")).not().containsText("Salary question");

		APIResponse csv = page.context().request().get(base() + "/agent/queue/export.csv?status=all&q=" + this.tag);
		assertThat(csv.status()).isEqualTo(200);
		assertThat(csv.text()).contains(it).doesNotContain(hr);
		Chromium.screenshot(page, "department-queue");
	}

	@Test
	void shouldTakeATicketHandedToAConfidentialDepartmentOutOfSight() {
		String it = ticket(this.itId, "Complaint about a colleague");
		Page page = chromium.signIn(base(), this.agent);
		page.navigate(base() + "/agent/tickets/" + it);
		page.locator("summary", new Page.LocatorOptions().setHasText("Priority, department, status")).click();
		page.locator("#prop-department").selectOption(String.valueOf(this.hrId));
		page.locator("#prop-department").locator("xpath=ancestor::form").locator("button[type=submit]").click();

		page.waitForURL("**/agent/queue**");
		assertThat(page.locator(".alert-success")).containsText(it);
		assertThat(page.locator(".alert-success")).containsText("HR " + this.tag);
		assertThat(page.navigate(base() + "/agent/tickets/" + it).status()).isEqualTo(404);
		assertThat(this.tickets.history(it)).anySatisfy((h) -> {
			assertThat(h.newValue()).isEqualTo("HR " + this.tag);
			assertThat(h.note()).isEqualTo("confidential");
		});
	}

	@Test
	void shouldLetAnAdminMakeADepartmentConfidential() {
		String admin = "boss-" + this.tag;
		staff(admin, Role.ADMIN, Set.of());
		Page page = chromium.signIn(base(), admin);
		page.navigate(base() + "/admin/departments");
		page.locator("#name").fill("Legal " + this.tag);
		page.locator("#confidential").check();
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Add department")).click();
		assertThat(page.locator(".alert-success")).containsText("Legal " + this.tag);
		assertThat(page.locator("tr", new Page.LocatorOptions().setHasText("Legal " + this.tag)))
			.containsText("Confidential");
		assertThat(this.desk.departmentNamed("Legal " + this.tag)).hasValueSatisfying((d) -> {
			assertThat(d.confidential()).isTrue();
		});

		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Edit Legal " + this.tag)).click();
		// the browser takes it for an address, the desk does not
		page.locator("#senderAddress").fill("legal@example");
		page.locator("main form button[type=submit]").click();
		assertThat(page.locator("#senderAddress")).hasAttribute("aria-invalid", "true");
		assertThat(page.locator(".field-error")).containsText("e-mail address");
		page.locator("#senderAddress").fill("legal-" + this.tag + "@example.com");
		page.locator("main form button[type=submit]").click();
		assertThat(page.locator(".alert-success")).containsText("Legal " + this.tag);
		assertThat(this.desk.departmentNamed("Legal " + this.tag).orElseThrow().senderAddress())
			.isEqualTo("legal-" + this.tag + "@example.com");
	}

}
