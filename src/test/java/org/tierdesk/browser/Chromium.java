package org.tierdesk.browser;

import java.nio.file.Path;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Debian's Chromium for one test class: {@code @RegisterExtension static final Chromium
 * chromium = new Chromium();} starts it before the class's tests (or skips them, see
 * {@link BrowserSupport}) and closes it after them.
 */
final class Chromium implements BeforeAllCallback, AfterAllCallback {

	private Playwright playwright;

	private Browser browser;

	@Override
	public void beforeAll(ExtensionContext context) {
		this.playwright = BrowserSupport.playwright();
		this.browser = BrowserSupport.launch(this.playwright);
	}

	@Override
	public void afterAll(ExtensionContext context) {
		if (this.browser != null) {
			this.browser.close();
		}
		if (this.playwright != null) {
			this.playwright.close();
		}
	}

	Browser browser() {
		return this.browser;
	}

	/** A fresh browser context signed in as this agent (test password "password-123"). */
	Page signIn(String base, String username) {
		Page page = this.browser.newContext().newPage();
		page.navigate(base + "/login");
		page.locator("#username").fill(username);
		page.locator("#password").fill("password-123");
		page.locator("main form button[type=submit]").click();
		page.waitForURL("**/agent/**");
		return page;
	}

	/** A full-page screenshot in target/screenshots, for people reviewing a run. */
	static void screenshot(Page page, String name) {
		page.screenshot(
				new Page.ScreenshotOptions().setPath(Path.of("target/screenshots/" + name + ".png")).setFullPage(true));
	}

}
