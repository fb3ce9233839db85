package org.tierdesk.browser;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Playwright;
import org.junit.jupiter.api.Assumptions;

/**
 * Starts Debian's Chromium through Playwright. Without Chromium the browser tests are
 * skipped with a message, unless {@code TIERDESK_REQUIRE_BROWSER=1}, which makes them
 * fail instead.
 */
final class BrowserSupport {

	static final Path CHROMIUM = Path.of(System.getenv().getOrDefault("TIERDESK_CHROMIUM", "/usr/bin/chromium"));

	private BrowserSupport() {
	}

	static Playwright playwright() {
		boolean required = "1".equals(System.getenv("TIERDESK_REQUIRE_BROWSER"));
		if (!Files.isExecutable(CHROMIUM)) {
			String message = "Chromium not found at " + CHROMIUM
					+ ": browser tests skipped (install it with 'apt-get install chromium')";
			if (required) {
				throw new IllegalStateException(message + " — TIERDESK_REQUIRE_BROWSER=1 requires it");
			}
			Assumptions.abort(message);
		}
		return Playwright
			.create(new Playwright.CreateOptions().setEnv(java.util.Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
	}

	static Browser launch(Playwright playwright) {
		return playwright.chromium()
			.launch(new BrowserType.LaunchOptions().setExecutablePath(CHROMIUM)
				.setHeadless(true)
				.setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
						"--disable-background-networking", "--disable-component-update", "--disable-sync",
						"--no-first-run")));
	}

}
