package org.tierdesk.browser;

import java.util.Set;
import java.util.UUID;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.tierdesk.desk.DeskManagement;
import org.tierdesk.identity.IdentityManagement;
import org.tierdesk.identity.Role;
import org.tierdesk.identity.SaveAgentCommand;
import org.tierdesk.support.H2ApplicationTest;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The whole tiered story in a real browser: a customer submits a request in the portal,
 * Level 1 escalates it with a note, Level 2 resolves it with a solution, the customer
 * sees it resolved, and the solution is found in the Solutions view.
 */
@H2ApplicationTest
class TieredStoryBrowserIT {

	@RegisterExtension
	static final Chromium chromium = new Chromium();

	@LocalServerPort
	int port;

	@Autowired
	IdentityManagement identity;

	@Autowired
	DeskManagement desk;

	String base() {
		return "http://localhost:" + this.port;
	}

	@Test
	void customerRequestIsEscalatedResolvedAndItsSolutionReused() {
		String suffix = UUID.randomUUID().toString().substring(0, 8);
		String levelOne = "una-" + suffix;
		String levelTwo = "duo-" + suffix;
		this.identity.createAgent(new SaveAgentCommand(levelOne, levelOne + "@example.com", "Una Level-One",
				"password-123", Role.AGENT, true, Set.of(this.desk.tierAtLevel(1).orElseThrow().id()), Set.of()));
		this.identity.createAgent(new SaveAgentCommand(levelTwo, levelTwo + "@example.com", "Duo Level-Two",
				"password-123", Role.AGENT, true, Set.of(this.desk.tierAtLevel(2).orElseThrow().id()), Set.of()));
		String subject = "Laptop overheats " + suffix;
		String word = "thermalpaste" + suffix;

		// 1. The customer submits a request in the portal and gets its number and private
		// link.
		BrowserContext customerContext = chromium.browser().newContext();
		Page customer = customerContext.newPage();
		customer.navigate(base() + "/portal/new");
		customer.locator("#name").fill("Casey Customer");
		customer.locator("#email").fill("casey-" + suffix + "@example.com");
		customer.locator("#subject").fill(subject);
		customer.locator("#description").fill("The fan is loud and the laptop switches itself off.");
		customer.locator("main form button[type=submit]").click();
		String number = customer.locator(".portal-ticket-number").textContent().strip();
		String privateLink = customer.locator("#private-link").inputValue();
		assertThat(number).matches("[A-Z][A-Z0-9]*-.*\\d+");
		Chromium.screenshot(customer, "1-portal-submitted");

		// 2. Level 1 finds it in the queue and escalates it with a note.
		Page one = chromium.signIn(base(), levelOne);
		one.navigate(base() + "/agent/queue");
		one.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(subject)).click();
		assertThat(one.locator("h1")).containsText(number);
		one.locator("summary", new Page.LocatorOptions().setHasText("Escalate to")).click();
		one.locator("#escalate-note").fill("Cleaned the vents with the customer on the phone; still overheats.");
		one.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Escalate").setExact(true)).click();
		assertThat(one.locator(".alert-success")).containsText("escalated");
		Chromium.screenshot(one, "2-level1-escalated");

		// 3. Level 2 sees it in its queue with the note on top, and resolves it with a
		// solution.
		Page two = chromium.signIn(base(), levelTwo);
		two.navigate(base() + "/agent/queue");
		assertThat(two.locator(".tier-tabs .active")).containsText("Level 2");
		assertThat(two.locator("#queue-results")).containsText("Cleaned the vents");
		two.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(subject)).click();
		assertThat(two.locator(".callout")).containsText("Escalated from Level 1");
		assertThat(two.locator(".callout")).containsText("Cleaned the vents");
		two.locator("summary", new Page.LocatorOptions().setHasText("Resolve")).click();
		two.locator("#solution").fill("Replaced the dried " + word + " on the CPU and updated the BIOS fan curve.");
		two.locator("#cause").fill("Dried thermal paste");
		two.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Resolve").setExact(true)).click();
		assertThat(two.locator(".ticket-badges")).containsText("Resolved");
		Chromium.screenshot(two, "3-level2-resolved");

		// 4. The customer follows the private link and sees the ticket resolved, with the
		// solution.
		customer.navigate(privateLink);
		assertThat(customer.locator("main")).containsText("Resolved");
		assertThat(customer.locator("main")).containsText("Replaced the dried " + word);
		Chromium.screenshot(customer, "4-portal-resolved");

		// 5. Any technician finds the solution by its words.
		one.navigate(base() + "/agent/solutions");
		one.locator("#solution-q").fill(word);
		one.locator("#solution-q").press("Enter");
		assertThat(one.locator("#solution-results")).containsText(number);
		Chromium.screenshot(one, "5-solutions");
		customerContext.close();
	}

}
