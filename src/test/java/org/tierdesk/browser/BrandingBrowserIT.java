package org.tierdesk.browser;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;

import com.microsoft.playwright.Page;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.tierdesk.desk.BrandingManagement;
import org.tierdesk.desk.DeskManagement;
import org.tierdesk.desk.SaveBrandingCommand;
import org.tierdesk.desk.TextManagement;
import org.tierdesk.identity.RegisterCustomerCommand;
import org.tierdesk.identity.IdentityManagement;
import org.tierdesk.identity.Role;
import org.tierdesk.identity.SaveAgentCommand;
import org.tierdesk.support.H2ApplicationTest;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * An admin brands the desk in a real browser: preview first (nothing changes yet), then
 * save, and the portal and the sign-in page show the new name, logo and colour; a logo
 * that is no image is refused on the form.
 */
@H2ApplicationTest
class BrandingBrowserIT {

	@RegisterExtension
	static final Chromium chromium = new Chromium();

	/** A 2×2 red PNG. */
	static final byte[] PNG = Base64.getDecoder()
		.decode("iVBORw0KGgoAAAANSUhEUgAAAAIAAAACCAIAAAD91JpzAAAAFklEQVR4nGP4z8DAwMDAxMDAwMDAAAANHQEDasKb6QAAAABJRU5ErkJggg==");

	@LocalServerPort
	int port;

	@Autowired
	IdentityManagement identity;

	@Autowired
	DeskManagement desk;

	@Autowired
	BrandingManagement branding;

	@Autowired
	TextManagement texts;

	@AfterEach
	void restore() {
		this.branding.save(new SaveBrandingCommand(null, null, null, Map.of(), null, Map.of()), null, "test");
		this.branding.removeLogo("test");
		this.texts.reset("portal.home.heading", "en");
	}

	String base() {
		return "http://localhost:" + this.port;
	}

	@Test
	void adminPreviewsThenSavesTheBranding() throws Exception {
		String run = UUID.randomUUID().toString().replace("-", "").substring(0, 8);
		String admin = "brand-admin-" + run;
		this.identity.createAgent(new SaveAgentCommand(admin, admin + "@example.com", "Brand Admin", "password-123",
				Role.ADMIN, true, Set.of(this.desk.tierAtLevel(1).orElseThrow().id()), Set.of()));
		Path logo = Files.createTempFile("logo", ".png");
		Files.write(logo, PNG);
		Path script = Files.createTempFile("logo", ".svg");
		Files.writeString(script, "<svg xmlns=\"http://www.w3.org/2000/svg\"><script>alert(1)</script></svg>");

		Page page = chromium.signIn(base(), admin);
		page.navigate(base() + "/admin/branding");

		// a script disguised as a logo is refused and nothing is saved
		page.locator("#productName").fill("Acme " + run);
		page.locator("#logo").setInputFiles(script);
		page.locator("button[name=preview]").click();
		assertThat(page.locator("#logo-error")).isVisible();
		assertThat(page.locator("#branding-preview")).hasCount(0);

		// the preview shows the new look; the desk does not have it yet
		page.locator("#primaryColor").fill("#8b1a1a");
		page.locator("#welcome-en").fill("Welcome to Acme " + run);
		page.locator("#defaultSignature").fill("The Acme desk");
		page.locator("#logo").setInputFiles(logo);
		page.locator("button[name=preview]").click();
		assertThat(page.locator("#branding-preview .brand-preview-name")).hasText("Acme " + run);
		assertThat(page.locator("#branding-preview .brand-preview-welcome")).hasText("Welcome to Acme " + run);
		assertThat(page.locator("#branding-preview .brand-preview-signature")).hasText("The Acme desk");
		assertThat(page.locator("#branding-preview img.brand-logo")).hasAttribute("src",
				Pattern.compile("^data:image/png;base64,"));
		Chromium.screenshot(page, "branding-1-preview");
		assertThat(this.branding.branding().productName()).isNull();
		assertThat(this.branding.branding().hasLogo()).isFalse();

		// saving keeps the logo chosen for the preview and applies everything at once
		page.locator("#branding-form button.btn-primary").click();
		assertThat(page.locator(".alert-success")).isVisible();
		assertThat(page.locator(".sidebar .brand")).containsText("Acme " + run);
		assertThat(this.branding.branding().hasLogo()).isTrue();
		assertThat(this.branding.branding().primaryColor()).isEqualTo("#8b1a1a");

		Page visitor = chromium.browser().newContext().newPage();
		visitor.navigate(base() + "/portal");
		assertThat(visitor.locator(".portal-header .brand")).containsText("Acme " + run);
		assertThat(visitor.locator(".portal-hero")).containsText("Welcome to Acme " + run);
		Object logoWidth = visitor.locator(".portal-header img.brand-logo")
			.evaluate("img => img.complete ? img.naturalWidth : -1");
		assertThat(logoWidth).isEqualTo(2);
		Object buttonColour = visitor.locator(".portal-hero .btn-hero")
			.evaluate("b => getComputedStyle(document.documentElement).getPropertyValue('--primary').trim()");
		assertThat(buttonColour).isEqualTo("#8b1a1a");
		Chromium.screenshot(visitor, "branding-2-portal");
		visitor.navigate(base() + "/login");
		assertThat(visitor.locator(".portal-header .brand")).containsText("Acme " + run);
		visitor.context().close();
	}

	@Test
	void adminFindsATextAndReplacesIt() {
		String run = UUID.randomUUID().toString().replace("-", "").substring(0, 8);
		String admin = "text-admin-" + run;
		this.identity.createAgent(new SaveAgentCommand(admin, admin + "@example.com", "Text Admin", "password-123",
				Role.ADMIN, true, Set.of(this.desk.tierAtLevel(1).orElseThrow().id()), Set.of()));
		Page page = chromium.signIn(base(), admin);
		page.navigate(base() + "/admin/texts?language=en");
		page.locator("#q").fill("How can we help");
		page.locator("form[role=search] button[type=submit]").click();
		assertThat(page.locator(".text-table tbody tr", new Page.LocatorOptions().setHasText("portal.home.heading")))
			.hasCount(1);
		page.locator(".text-table tbody tr", new Page.LocatorOptions().setHasText("portal.home.heading"))
			.locator("a")
			.click();
		// braces that are no placeholder of this text are refused on the form
		page.locator("#text").fill("Need help? {0}");
		page.locator("#text-form button[type=submit]").click();
		assertThat(page.locator("#text-error")).isVisible();
		page.locator("#text").fill("What can Acme " + run + " do for you?");
		page.locator("#text-form button[type=submit]").click();
		assertThat(page.locator(".alert-success")).containsText("portal.home.heading");
		Chromium.screenshot(page, "texts-1-saved");

		Page visitor = chromium.browser().newContext().newPage();
		visitor.navigate(base() + "/portal?lang=en");
		assertThat(visitor.locator("h1")).hasText("What can Acme " + run + " do for you?");
		visitor.navigate(base() + "/portal?lang=nl");
		assertThat(visitor.locator("h1")).not().hasText("What can Acme " + run + " do for you?");
		visitor.context().close();
	}

	@Test
	void customerChoosesTheirLanguageOnThePortal() {
		String run = UUID.randomUUID().toString().replace("-", "").substring(0, 8);
		String email = "cust-" + run + "@example.com";
		this.identity.registerCustomer(new RegisterCustomerCommand("Cus Tomer", email, "password-123"));
		Page page = chromium.browser().newContext().newPage();
		page.navigate(base() + "/portal/profile");
		page.waitForURL("**/login");
		page.locator("#username").fill(email);
		page.locator("#password").fill("password-123");
		page.locator("main form button[type=submit]").click();
		page.waitForURL("**/portal/**");
		page.navigate(base() + "/portal/profile");
		page.locator("#language").selectOption("nl");
		page.locator("#timeZone").selectOption("Europe/Amsterdam");
		page.locator("#profile-form button[type=submit]").click();
		assertThat(page.locator(".alert-success")).isVisible();
		assertThat(page.locator("h1")).hasText("Mijn instellingen");
		page.navigate(base() + "/portal");
		assertThat(page.locator("html")).hasAttribute("lang", "nl");
		assertThat(this.identity.preferences(this.identity.userNamed(email).orElseThrow().id()).timeZone())
			.isEqualTo("Europe/Amsterdam");
		page.context().close();
	}

}
