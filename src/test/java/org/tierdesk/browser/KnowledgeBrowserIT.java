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
import org.tierdesk.ticket.TicketManagement;
import org.tierdesk.ticket.TicketQuery;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Knowledge in a real browser: an agent writes and publishes an article and finds it in
 * the search box; a customer typing a new request sees it suggested, marks that it solved
 * the problem, no ticket is created, and the question log shows the deflection.
 */
@H2ApplicationTest
class KnowledgeBrowserIT {

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

	String base() {
		return "http://localhost:" + this.port;
	}

	@Test
	void articleIsWrittenFoundSuggestedAndDeflectsARequest() {
		String suffix = UUID.randomUUID().toString().substring(0, 8);
		String agentName = "kai-" + suffix;
		String word = "plotter" + suffix;
		this.identity.createAgent(new SaveAgentCommand(agentName, agentName + "@example.com", "Kai Knowledge",
				"password-123", Role.AGENT, true, Set.of(this.desk.firstTier().id()), Set.of()));

		// 1. An agent writes an article and publishes it.
		Page agent = chromium.signIn(base(), agentName);
		agent.navigate(base() + "/agent/knowledge/new");
		agent.locator("#title").fill("The " + word + " prints blank pages");
		agent.locator("#body").fill("<h2>Fix</h2><p>Replace the ink of the " + word + " and run a cleaning cycle.</p>");
		agent.locator("input[name=visibility][value=PUBLIC]").check();
		agent.locator("#article-form button[type=submit]").click();
		assertThat(agent.locator(".alert-success")).isVisible();
		agent.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Submit for review")).click();
		agent.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Publish").setExact(true)).click();
		assertThat(agent.locator(".page-header .badge")).containsText("Published");
		assertThat(agent.locator(".article-body .rich-text h2")).hasText("Fix");
		Chromium.screenshot(agent, "knowledge-1-article");

		// 2. The agent finds it in the search box, with the word highlighted.
		agent.navigate(base() + "/agent/search");
		agent.locator("#search-q").fill(word);
		agent.locator("#search-q").press("Enter");
		assertThat(agent.locator("#search-results mark").first()).isVisible();
		assertThat(agent.locator("#search-results")).containsText("prints blank pages");
		Chromium.screenshot(agent, "knowledge-2-search");

		// 3. A customer types the subject of a new request, sees the article suggested
		// and
		// marks that it solved the problem: no ticket is created.
		BrowserContext customerContext = chromium.browser().newContext();
		Page customer = customerContext.newPage();
		customer.navigate(base() + "/portal/new");
		customer.locator("#subject")
			.pressSequentially("My " + word + " prints blank",
					new com.microsoft.playwright.Locator.PressSequentiallyOptions().setDelay(20));
		assertThat(customer.locator("#suggestions")).containsText("prints blank pages");
		Chromium.screenshot(customer, "knowledge-3-suggestion");
		customer.locator("#suggestions .solved-suggestion").first().click();
		customer.waitForURL("**/portal/help/solved");
		assertThat(customer.locator("#solved-thanks")).isVisible();
		assertThat(this.tickets
			.search(new TicketQuery(Set.of(), true, null, null, null, false, null, word, null, null, true, 0, 10))
			.items()).isEmpty();
		customerContext.close();

		// 4. The question log shows the question and that it was solved without a
		// request.
		agent.navigate(base() + "/agent/knowledge/questions");
		assertThat(agent.locator("table")).containsText("My " + word + " prints blank");
		assertThat(agent.locator("table")).containsText("Solved");
		Chromium.screenshot(agent, "knowledge-4-question-log");
	}

}
