package org.tierdesk.demo;

import java.util.List;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.tierdesk.desk.DepartmentView;
import org.tierdesk.desk.DeskManagement;
import org.tierdesk.desk.TierView;
import org.tierdesk.identity.IdentityManagement;
import org.tierdesk.identity.RegisterCustomerCommand;
import org.tierdesk.identity.Role;
import org.tierdesk.identity.SaveAgentCommand;
import org.tierdesk.identity.UserView;
import org.tierdesk.ticket.Actor;
import org.tierdesk.ticket.Channel;
import org.tierdesk.ticket.OpenTicketCommand;
import org.tierdesk.ticket.Priority;
import org.tierdesk.ticket.TicketManagement;
import org.tierdesk.ticket.TicketQuery;
import org.tierdesk.ticket.TicketView;
import org.tierdesk.ticket.UpdateTicketCommand;

/**
 * Fills a fresh desk with realistic sample data so a new user sees a working desk at
 * once. Runs only when {@code tierdesk.demo=true} (environment
 * {@code TIERDESK_DEMO=true}) and only while the desk has no tickets.
 */
@Component
@Order(20)
@ConditionalOnBooleanProperty("tierdesk.demo")
class DemoData implements ApplicationRunner {

	static final String PASSWORD = "demo-password";

	private static final Logger log = LoggerFactory.getLogger(DemoData.class);

	private final DeskManagement desk;

	private final IdentityManagement identity;

	private final TicketManagement tickets;

	DemoData(DeskManagement desk, IdentityManagement identity, TicketManagement tickets) {
		this.desk = desk;
		this.identity = identity;
		this.tickets = tickets;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (!this.tickets
			.search(new TicketQuery(Set.of(), true, null, null, null, false, null, null, null, null, false, 0, 1))
			.items()
			.isEmpty()) {
			log.info("Demo data skipped: the desk has tickets already");
			return;
		}
		TierView level1 = this.desk.tierAtLevel(1).orElseThrow();
		TierView level2 = this.desk.tierAtLevel(2).orElseGet(() -> this.desk.addTier("Level 2 — Specialists"));
		DepartmentView general = this.desk.defaultDepartment();
		DepartmentView it = department("IT");
		DepartmentView hr = department("HR");
		DepartmentView sales = department("Sales");
		Set<Long> allDepartments = Set.of(general.id(), it.id(), hr.id(), sales.id());
		UserView lisa = agent("lisa", "Lisa de Vries", Set.of(level1.id()), allDepartments);
		UserView budi = agent("budi", "Budi Santoso", Set.of(level1.id()), allDepartments);
		UserView sara = agent("sara", "Sara Rossi", Set.of(level2.id()), allDepartments);
		agent("mikko", "Mikko Virtanen", Set.of(level1.id(), level2.id()), allDepartments);
		UserView anna = customer("Anna Jansen", "anna@example.com");
		customer("Tom Baker", "tom@example.com");

		Actor lisaActor = Actor.agent(lisa.id(), lisa.displayName(), lisa.email());
		Actor saraActor = Actor.agent(sara.id(), sara.displayName(), sara.email());
		Actor budiActor = Actor.agent(budi.id(), budi.displayName(), budi.email());

		open("Cannot connect to the office Wi-Fi",
				"Since this morning my laptop does not see the Wi-Fi network " + "in building B. My phone does.",
				"Anna Jansen", "anna@example.com", anna.id(), it, Priority.HIGH, Channel.WEB);
		open("How do I reset my password?", "I forgot my password for the expenses tool.", "Tom Baker",
				"tom@example.com", null, general, Priority.NORMAL, Channel.WEB);
		open("Request for a second monitor", "Could I get a second monitor for my desk (room 2.14)?", "Priya Shah",
				"priya@example.com", null, it, Priority.LOW, Channel.EMAIL);
		TicketView leave = open("Holiday balance looks wrong", "My remaining holiday shows 3 days, I expected 11.",
				"Jan Peeters", "jan@example.com", null, hr, Priority.NORMAL, Channel.PHONE);
		this.tickets.update(leave.number(), UpdateTicketCommand.assign(budi.id()), budiActor, null);
		this.tickets.addMessage(leave.number(), "Hi Jan, I am checking this with payroll and will come back today.",
				false, List.of(), budiActor, null);

		TicketView vpn = open("VPN drops every hour",
				"The VPN disconnects exactly every 60 minutes while I work " + "from home.", "Anna Jansen",
				"anna@example.com", anna.id(), it, Priority.HIGH, Channel.WEB);
		this.tickets.addMessage(vpn.number(), "Reinstalled the VPN client and checked the home router: no change. "
				+ "The gateway log shows idle timeouts.", true, List.of(), lisaActor, null);
		this.tickets.escalate(vpn.number(), "Client reinstalled, router fine. Gateway shows idle timeouts every "
				+ "60 min — needs the network team.", lisaActor, null);

		TicketView crm = open("CRM export fails with error 500",
				"Exporting contacts to CSV fails for the Benelux " + "region.", "Marco Bianchi", "marco@example.com",
				null, sales, Priority.URGENT, Channel.EMAIL);
		this.tickets.escalate(crm.number(), "Reproduced: only the Benelux export fails, other regions work.", lisaActor,
				null);
		this.tickets.update(crm.number(), UpdateTicketCommand.assign(sara.id()), saraActor, null);

		TicketView printer = open("Printer on floor 3 prints blank pages",
				"Every page comes out blank since " + "yesterday.", "Tom Baker", "tom@example.com", null, general,
				Priority.NORMAL, Channel.PHONE);
		this.tickets.resolve(printer.number(),
				"Replaced the toner cartridge; the old one was empty but the "
						+ "printer did not report it. Printed a test page.",
				"Empty toner cartridge not detected", lisaActor, null);

		TicketView mail = open("Mailbox full", "I cannot send mail: the mailbox is full.", "Anna Jansen",
				"anna@example.com", anna.id(), it, Priority.HIGH, Channel.WEB);
		this.tickets.escalate(mail.number(), "Archive rules did not help; quota needs raising on the server.",
				lisaActor, null);
		this.tickets.resolve(mail.number(),
				"Raised the mailbox quota from 10 GB to 50 GB and enabled the "
						+ "online archive for items older than two years.",
				"Quota too small for a shared sales mailbox", saraActor, null);

		TicketView sso = open("Single sign-on loop in the HR portal",
				"The HR portal keeps redirecting between " + "login pages.", "Jan Peeters", "jan@example.com", null, hr,
				Priority.HIGH, Channel.WEB);
		this.tickets.escalate(sso.number(), "Cleared cookies, tried two browsers: still loops.", budiActor, null);
		this.tickets.sendBack(sso.number(), "The SSO certificate was renewed this morning; ask the user to clear "
				+ "the browser cache once more and confirm.", saraActor, null);
		log.info("Demo data created: agents lisa, budi, sara, mikko and customers anna@example.com, tom@example.com "
				+ "(password '{}')", PASSWORD);
	}

	private TicketView open(String subject, String description, String name, String email, Long userId,
			DepartmentView department, Priority priority, Channel channel) {
		return this.tickets.open(new OpenTicketCommand(subject, description, email, name, userId, channel, priority,
				department.id(), List.of()), Actor.customer(userId, name, email));
	}

	private DepartmentView department(String name) {
		return this.desk.departmentNamed(name).orElseGet(() -> this.desk.addDepartment(name));
	}

	private UserView agent(String username, String name, Set<Long> tiers, Set<Long> departments) {
		return this.identity.userNamed(username)
			.orElseGet(() -> this.identity.createAgent(new SaveAgentCommand(username, username + "@tierdesk.example",
					name, PASSWORD, Role.AGENT, true, tiers, departments)));
	}

	private UserView customer(String name, String email) {
		return this.identity.userNamed(email)
			.orElseGet(() -> this.identity.registerCustomer(new RegisterCustomerCommand(name, email, PASSWORD)));
	}

}
