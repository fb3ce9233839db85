package org.tierdesk.desk.web;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.tierdesk.desk.DepartmentView;
import org.tierdesk.desk.DeskManagement;
import org.tierdesk.desk.TicketNumberFormat;
import org.tierdesk.desk.TierView;
import org.tierdesk.identity.IdentityManagement;
import org.tierdesk.identity.Role;
import org.tierdesk.identity.SaveAgentCommand;
import org.tierdesk.support.DatabaseInitializers;
import org.tierdesk.support.H2ApplicationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

/**
 * The admin screens and API for tiers, departments and the ticket-number format, against
 * the real application on H2.
 */
@H2ApplicationTest
@AutoConfigureMockMvc
class AdminDeskIT {

	static final RequestPostProcessor ADMIN = httpBasic("admin", DatabaseInitializers.ADMIN_PASSWORD);

	@Autowired
	MockMvc mvc;

	@Autowired
	DeskManagement desk;

	@Autowired
	IdentityManagement identity;

	static String unique(String name) {
		return name + " " + UUID.randomUUID().toString().substring(0, 8);
	}

	@Test
	void shouldRefuseAgentsTheAdminArea() throws Exception {
		String username = "agent-" + UUID.randomUUID().toString().substring(0, 8);
		this.identity.createAgent(new SaveAgentCommand(username, username + "@example.com", "Alex Agent",
				"agent-password", Role.AGENT, true, Set.of(), Set.of()));
		RequestPostProcessor agent = httpBasic(username, "agent-password");
		this.mvc.perform(get("/admin").with(agent)).andExpect(status().isForbidden());
		this.mvc.perform(get("/admin/tiers").with(agent)).andExpect(status().isForbidden());
		this.mvc.perform(post("/admin/tiers").with(agent).with(csrf()).param("name", unique("Sneaky")))
			.andExpect(status().isForbidden());
		this.mvc.perform(get("/api/v1/admin/tiers").with(agent)).andExpect(status().isForbidden());
		this.mvc
			.perform(put("/api/v1/admin/settings/number-format").with(agent)
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"prefix\":\"XX\",\"includeYear\":false,\"padding\":4}"))
			.andExpect(status().isForbidden());
	}

	@Test
	void shouldSendAdminsToTheTiers() throws Exception {
		this.mvc.perform(get("/admin").with(ADMIN)).andExpect(redirectedUrl("/admin/tiers"));
		this.mvc.perform(get("/admin/tiers").with(ADMIN))
			.andExpect(status().isOk())
			.andExpect(view().name("admin/tiers"))
			.andExpect(content().string(containsString("Level 1 — Service desk")));
	}

	@Test
	void shouldAddRenameAndMoveTierOnScreen() throws Exception {
		String name = unique("Level X");
		this.mvc.perform(post("/admin/tiers").with(ADMIN).with(csrf()).param("name", name))
			.andExpect(redirectedUrl("/admin/tiers"))
			.andExpect(flash().attribute("successKey", "admin.tiers.added"));
		TierView added = tierNamed(name);
		int level = added.level();
		assertThat(level).isGreaterThan(2);

		String renamed = unique("Level Y");
		this.mvc.perform(post("/admin/tiers/{id}/edit", added.id()).with(ADMIN).with(csrf()).param("name", renamed))
			.andExpect(redirectedUrl("/admin/tiers"));
		assertThat(this.desk.tier(added.id())).get().extracting(TierView::name).isEqualTo(renamed);

		this.mvc.perform(post("/admin/tiers/{id}/move", added.id()).with(ADMIN).with(csrf()).param("direction", "up"))
			.andExpect(redirectedUrl("/admin/tiers"))
			.andExpect(flash().attribute("successKey", "admin.tiers.moved"))
			.andExpect(flash().attribute("successArgs", renamed));
		this.mvc
			.perform(get("/admin/tiers").with(ADMIN)
				.flashAttr("successKey", "admin.tiers.moved")
				.flashAttr("successArgs", renamed))
			.andExpect(content().string(containsString(renamed + " moved; the new escalation order is saved.")));
		assertThat(this.desk.tier(added.id())).get().extracting(TierView::level).isEqualTo(level - 1);

		this.mvc
			.perform(post("/admin/tiers/{id}/move", added.id()).with(ADMIN)
				.with(csrf())
				.header("HX-Request", "true")
				.param("direction", "down"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"tiers\"")))
			.andExpect(content().string(containsString("is now level " + level)));
		assertThat(this.desk.tier(added.id())).get().extracting(TierView::level).isEqualTo(level);
		assertDefaultTiersFirst();
	}

	@Test
	void shouldShowFormErrorsForBadTierNames() throws Exception {
		this.mvc.perform(post("/admin/tiers").with(ADMIN).with(csrf()).param("name", "  "))
			.andExpect(status().isOk())
			.andExpect(view().name("admin/tiers"))
			.andExpect(model().attributeHasFieldErrorCode("tierForm", "name", "NotBlank"))
			.andExpect(content().string(containsString("aria-invalid=\"true\"")))
			.andExpect(content().string(containsString("This field is required.")));
		TierView first = this.desk.firstTier();
		this.mvc
			.perform(post("/admin/tiers/{id}/edit", first.id()).with(ADMIN).with(csrf()).param("name", "x".repeat(101)))
			.andExpect(status().isOk())
			.andExpect(view().name("admin/tier-form"))
			.andExpect(model().attributeHasFieldErrors("tierForm", "name"));
		assertThat(this.desk.firstTier().name()).isEqualTo(first.name());
	}

	@Test
	void shouldManageTiersThroughApi() throws Exception {
		String name = unique("API tier");
		String location = this.mvc
			.perform(post("/api/v1/admin/tiers").with(ADMIN)
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"name\":\"" + name + "\"}"))
			.andExpect(status().isCreated())
			.andExpect(header().exists("Location"))
			.andExpect(jsonPath("$.name").value(name))
			.andReturn()
			.getResponse()
			.getHeader("Location");
		TierView added = tierNamed(name);
		assertThat(location).endsWith("/api/v1/admin/tiers/" + added.id());
		this.mvc.perform(get(location).with(ADMIN)).andExpect(jsonPath("$.level").value(added.level()));

		this.mvc
			.perform(post("/api/v1/admin/tiers/{id}/move", added.id()).with(ADMIN)
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"direction\":\"up\"}"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[" + (added.level() - 2) + "].id").value(added.id()));
		this.mvc
			.perform(post("/api/v1/admin/tiers/{id}/move", added.id()).with(ADMIN)
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"direction\":\"down\"}"))
			.andExpect(jsonPath("$[" + (added.level() - 1) + "].id").value(added.id()));
		this.mvc
			.perform(post("/api/v1/admin/tiers/{id}/move", added.id()).with(ADMIN)
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"direction\":\"sideways\"}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("direction"));

		String renamed = unique("API tier renamed");
		this.mvc
			.perform(put("/api/v1/admin/tiers/{id}", added.id()).with(ADMIN)
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"name\":\"" + renamed + "\"}"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.name").value(renamed));
		this.mvc
			.perform(put("/api/v1/admin/tiers/{id}", added.id()).with(ADMIN)
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"name\":\"\"}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("name"));
		this.mvc.perform(get("/api/v1/admin/tiers/{id}", Long.MAX_VALUE).with(ADMIN)).andExpect(status().isNotFound());
		this.mvc.perform(get("/api/v1/admin/tiers").with(ADMIN))
			.andExpect(jsonPath("$[0].level").value(1))
			.andExpect(jsonPath("$[0].name").value("Level 1 — Service desk"));
		assertDefaultTiersFirst();
	}

	@Test
	void shouldAddSwitchOffAndRenameDepartmentOnScreen() throws Exception {
		String name = unique("Facilities");
		this.mvc.perform(post("/admin/departments").with(ADMIN).with(csrf()).param("name", name))
			.andExpect(redirectedUrl("/admin/departments"))
			.andExpect(flash().attribute("successKey", "admin.departments.added"));
		DepartmentView added = this.desk.departmentNamed(name).orElseThrow();
		assertThat(added.active()).isTrue();

		this.mvc.perform(
				post("/admin/departments/{id}/active", added.id()).with(ADMIN).with(csrf()).param("active", "false"))
			.andExpect(flash().attribute("successKey", "admin.departments.deactivated"));
		assertThat(this.desk.department(added.id())).get().extracting(DepartmentView::active).isEqualTo(false);

		String renamed = unique("Buildings");
		this.mvc
			.perform(post("/admin/departments/{id}/edit", added.id()).with(ADMIN)
				.with(csrf())
				.param("name", renamed)
				.param("active", "true"))
			.andExpect(redirectedUrl("/admin/departments"));
		assertThat(this.desk.department(added.id())).contains(new DepartmentView(added.id(), renamed, true));

		this.mvc.perform(get("/admin/departments").with(ADMIN))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(renamed)));
	}

	@Test
	void shouldExplainDuplicateDepartmentOnFormAndAsConflictInApi() throws Exception {
		String name = unique("Finance");
		this.desk.addDepartment(name);
		this.mvc.perform(post("/admin/departments").with(ADMIN).with(csrf()).param("name", name.toUpperCase()))
			.andExpect(status().isOk())
			.andExpect(view().name("admin/departments"))
			.andExpect(model().attributeHasFieldErrorCode("departmentForm", "name", "desk.department.duplicate"))
			.andExpect(content().string(containsString("exists already")));

		this.mvc
			.perform(post("/api/v1/admin/departments").with(ADMIN)
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"name\":\"" + name + "\"}"))
			.andExpect(status().isConflict())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
	}

	@Test
	void shouldManageDepartmentsThroughApi() throws Exception {
		String name = unique("Legal");
		String location = this.mvc
			.perform(post("/api/v1/admin/departments").with(ADMIN)
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"name\":\"" + name + "\"}"))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.active").value(true))
			.andReturn()
			.getResponse()
			.getHeader("Location");
		long id = this.desk.departmentNamed(name).orElseThrow().id();
		assertThat(location).endsWith("/api/v1/admin/departments/" + id);
		this.mvc
			.perform(put("/api/v1/admin/departments/{id}", id).with(ADMIN)
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"name\":\"" + name + "\",\"active\":false}"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.active").value(false));
		this.mvc.perform(get("/api/v1/admin/departments").with(ADMIN))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[?(@.name == 'General')]").exists());
		this.mvc
			.perform(put("/api/v1/admin/departments/{id}", Long.MAX_VALUE).with(ADMIN)
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"name\":\"Nobody\"}"))
			.andExpect(status().isNotFound());
	}

	@Test
	void shouldChangeNumberFormatOnScreenWithPreview() throws Exception {
		TicketNumberFormat original = this.desk.numberFormat();
		int year = LocalDate.now().getYear();
		try {
			this.mvc.perform(get("/admin/settings").with(ADMIN))
				.andExpect(status().isOk())
				.andExpect(content().string(containsString(original.format(42, year))));

			this.mvc
				.perform(get("/admin/settings/preview").with(ADMIN)
					.header("HX-Request", "true")
					.param("prefix", "hd")
					.param("includeYear", "true")
					.param("padding", "4"))
				.andExpect(status().isOk())
				.andExpect(content().string(containsString("HD-" + year + "-0042")))
				.andExpect(content().string(org.hamcrest.Matchers.not(containsString("<html"))));

			this.mvc
				.perform(post("/admin/settings").with(ADMIN)
					.with(csrf())
					.param("prefix", "HD")
					.param("padding", "4")
					.param("preview", "true"))
				.andExpect(status().isOk())
				.andExpect(content().string(containsString("HD-0042")));
			assertThat(this.desk.numberFormat()).isEqualTo(original);

			this.mvc
				.perform(post("/admin/settings").with(ADMIN)
					.with(csrf())
					.param("prefix", "hd")
					.param("includeYear", "true")
					.param("padding", "5"))
				.andExpect(redirectedUrl("/admin/settings"))
				.andExpect(flash().attribute("successKey", "admin.settings.saved"));
			assertThat(this.desk.numberFormat()).isEqualTo(new TicketNumberFormat("HD", true, 5));
		}
		finally {
			this.desk.changeNumberFormat(original);
		}
	}

	@Test
	void shouldExplainInvalidPrefixOnFormAndInApi() throws Exception {
		TicketNumberFormat original = this.desk.numberFormat();
		this.mvc.perform(post("/admin/settings").with(ADMIN).with(csrf()).param("prefix", "1-X").param("padding", "6"))
			.andExpect(status().isOk())
			.andExpect(view().name("admin/settings"))
			.andExpect(model().attributeHasFieldErrorCode("numberFormatForm", "prefix",
					"desk.numberFormat.prefix.invalid"))
			.andExpect(content().string(containsString("prefix-error")));
		this.mvc.perform(post("/admin/settings").with(ADMIN).with(csrf()).param("prefix", "TD").param("padding", "x"))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrors("numberFormatForm", "padding"));

		this.mvc
			.perform(put("/api/v1/admin/settings/number-format").with(ADMIN)
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"prefix\":\"1-X\",\"includeYear\":false,\"padding\":6}"))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.errors[0].field").value("prefix"));
		this.mvc
			.perform(put("/api/v1/admin/settings/number-format").with(ADMIN)
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"prefix\":\"TD\",\"includeYear\":false,\"padding\":13}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("padding"));
		assertThat(this.desk.numberFormat()).isEqualTo(original);
	}

	@Test
	void shouldReadAndChangeNumberFormatThroughApi() throws Exception {
		TicketNumberFormat original = this.desk.numberFormat();
		try {
			this.mvc.perform(get("/api/v1/admin/settings/number-format").with(ADMIN))
				.andExpect(status().isOk())
				.andExpect(jsonPath("$.prefix").value(original.prefix()))
				.andExpect(jsonPath("$.padding").value(original.padding()));
			this.mvc
				.perform(put("/api/v1/admin/settings/number-format").with(ADMIN)
					.contentType(MediaType.APPLICATION_JSON)
					.content("{\"prefix\":\"ops\",\"includeYear\":true,\"padding\":3}"))
				.andExpect(status().isOk())
				.andExpect(jsonPath("$.prefix").value("OPS"))
				.andExpect(jsonPath("$.example").value("OPS-" + LocalDate.now().getYear() + "-042"));
			assertThat(this.desk.numberFormat()).isEqualTo(new TicketNumberFormat("OPS", true, 3));
		}
		finally {
			this.desk.changeNumberFormat(original);
		}
	}

	private TierView tierNamed(String name) {
		return this.desk.tiers().stream().filter((tier) -> tier.name().equals(name)).findFirst().orElseThrow();
	}

	private void assertDefaultTiersFirst() {
		List<TierView> tiers = this.desk.tiers();
		assertThat(tiers.get(0).name()).startsWith("Level 1");
		assertThat(tiers.get(1).name()).startsWith("Level 2");
	}

}
