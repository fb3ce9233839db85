package org.tierdesk.channel.email.mailbox.domain;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.tierdesk.channel.email.mailbox.AfterProcessing;
import org.tierdesk.channel.email.mailbox.MailAuthMethod;
import org.tierdesk.channel.email.mailbox.MailProtocol;
import org.tierdesk.channel.email.mailbox.SaveMailboxCommand;
import org.tierdesk.desk.DepartmentView;
import org.tierdesk.desk.DeskManagement;
import org.tierdesk.desk.TicketNumberFormat;
import org.tierdesk.desk.TierView;
import org.tierdesk.platform.InvalidInputException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The rules for mailbox settings: defaults, what each protocol allows, and when a stored
 * secret may be kept.
 */
class MailboxSettingsTests {

	/** A desk with one department (id 1) and one tier (id 7). */
	static final DeskManagement DESK = new DeskManagement() {

		final DepartmentView general = new DepartmentView(1, "General", true);

		final TierView first = new TierView(7, 1, "Level 1");

		@Override
		public List<TierView> tiers() {
			return List.of(this.first);
		}

		@Override
		public Optional<TierView> tier(long tierId) {
			return (tierId == 7) ? Optional.of(this.first) : Optional.empty();
		}

		@Override
		public Optional<TierView> tierAtLevel(int level) {
			return (level == 1) ? Optional.of(this.first) : Optional.empty();
		}

		@Override
		public TierView firstTier() {
			return this.first;
		}

		@Override
		public Optional<TierView> nextTier(long tierId) {
			return Optional.empty();
		}

		@Override
		public Optional<TierView> previousTier(long tierId) {
			return Optional.empty();
		}

		@Override
		public TierView addTier(String name) {
			throw new UnsupportedOperationException();
		}

		@Override
		public TierView renameTier(long tierId, String name) {
			throw new UnsupportedOperationException();
		}

		@Override
		public void moveTier(long tierId, boolean up) {
			throw new UnsupportedOperationException();
		}

		@Override
		public List<DepartmentView> departments() {
			return List.of(this.general);
		}

		@Override
		public Optional<DepartmentView> department(long departmentId) {
			return (departmentId == 1) ? Optional.of(this.general) : Optional.empty();
		}

		@Override
		public Optional<DepartmentView> departmentNamed(String name) {
			return Optional.empty();
		}

		@Override
		public DepartmentView defaultDepartment() {
			return this.general;
		}

		@Override
		public DepartmentView addDepartment(String name) {
			throw new UnsupportedOperationException();
		}

		@Override
		public DepartmentView updateDepartment(long departmentId, String name, boolean active) {
			throw new UnsupportedOperationException();
		}

		@Override
		public DepartmentView addDepartment(org.tierdesk.desk.SaveDepartmentCommand command) {
			throw new UnsupportedOperationException();
		}

		@Override
		public DepartmentView updateDepartment(long departmentId, org.tierdesk.desk.SaveDepartmentCommand command) {
			throw new UnsupportedOperationException();
		}

		@Override
		public TicketNumberFormat numberFormat() {
			return TicketNumberFormat.defaults();
		}

		@Override
		public void changeNumberFormat(TicketNumberFormat format) {
			throw new UnsupportedOperationException();
		}

	};

	static SaveMailboxCommand imap(String host, String username, MailAuthMethod auth, String secret) {
		return new SaveMailboxCommand(" Support ", MailProtocol.IMAP, host, null, username, auth, secret, null, null,
				null, 1L, 7L, " <Support@Example.COM> ", true, null);
	}

	static SaveMailboxCommand pop3(String folder, AfterProcessing after) {
		return new SaveMailboxCommand("Pop", MailProtocol.POP3S, "pop.example.com", null, "u", null, "p", folder, null,
				after, null, null, "pop@example.com", true, null);
	}

	static String fieldOf(Runnable action) {
		try {
			action.run();
		}
		catch (InvalidInputException ex) {
			return ex.getField() + ":" + ex.getMessageKey();
		}
		return null;
	}

	@Test
	void shouldFillInDefaultsAndNormalise() {
		MailboxSettings settings = MailboxSettings.of(imap("imap.example.com", "support", null, "secret"), null, DESK);
		assertThat(settings.name()).isEqualTo("Support");
		assertThat(settings.supportAddress()).isEqualTo("support@example.com");
		assertThat(settings.authMethod()).isEqualTo(MailAuthMethod.PASSWORD);
		assertThat(settings.folder()).isEqualTo("INBOX");
		assertThat(settings.pollIntervalSeconds()).isEqualTo(60);
		assertThat(settings.afterProcessing()).isEqualTo(AfterProcessing.MARK_SEEN);
		assertThat(settings.port()).isNull();
		assertThat(settings.toString()).doesNotContain("secret");
	}

	@Test
	void shouldLetPop3OnlyReadTheInboxAndDelete() {
		MailboxSettings settings = MailboxSettings.of(pop3("inbox", null), null, DESK);
		assertThat(settings.folder()).isEqualTo("INBOX");
		assertThat(settings.afterProcessing()).isEqualTo(AfterProcessing.DELETE);
		assertThat(fieldOf(() -> MailboxSettings.of(pop3("Archive", null), null, DESK)))
			.isEqualTo("folder:mailbox.pop3.inboxOnly");
		assertThat(fieldOf(() -> MailboxSettings.of(pop3(null, AfterProcessing.MARK_SEEN), null, DESK)))
			.isEqualTo("afterProcessing:mailbox.pop3.deleteOnly");
	}

	@Test
	void shouldDropServerSettingsOfADirectMailbox() {
		MailboxSettings settings = MailboxSettings.of(new SaveMailboxCommand("Direct", MailProtocol.DIRECT,
				"ignored.example.com", 25, "ignored", MailAuthMethod.OAUTH2, "ignored", "Ignored", null, null, null,
				null, "direct@example.com", true, null), null, DESK);
		assertThat(settings.host()).isNull();
		assertThat(settings.username()).isNull();
		assertThat(settings.secret()).isNull();
		assertThat(settings.port()).isNull();
	}

	@Test
	void shouldAcceptAPollEverySecondAndAtLeastOnceADay() {
		for (int seconds : List.of(1, 86_400)) {
			assertThat(MailboxSettings
				.of(new SaveMailboxCommand("X", MailProtocol.IMAP, "imap.example.com", null, "u", null, "p", null,
						seconds, null, null, null, "x@example.com", true, null), null, DESK)
				.pollIntervalSeconds()).isEqualTo(seconds);
		}
		assertThat(fieldOf(() -> MailboxSettings.of(new SaveMailboxCommand("X", MailProtocol.IMAP, "imap.example.com",
				null, "u", null, "p", null, 86_401, null, null, null, "x@example.com", true, null), null, DESK)))
			.isEqualTo("pollIntervalSeconds:mailbox.pollInterval.range");
	}

	@Test
	void shouldRefuseWhatCannotWork() {
		assertThat(fieldOf(() -> MailboxSettings.of(imap("", "u", null, "p"), null, DESK)))
			.isEqualTo("host:validation.required");
		assertThat(fieldOf(() -> MailboxSettings.of(imap("imap example.com", "u", null, "p"), null, DESK)))
			.isEqualTo("host:mailbox.host.invalid");
		assertThat(fieldOf(() -> MailboxSettings.of(imap("imap.example.com", " ", null, "p"), null, DESK)))
			.isEqualTo("username:validation.required");
		assertThat(fieldOf(() -> MailboxSettings.of(imap("imap.example.com", "u", null, null), null, DESK)))
			.isEqualTo("secret:validation.required");
		assertThat(fieldOf(() -> MailboxSettings.of(new SaveMailboxCommand("X", MailProtocol.DIRECT, null, null, null,
				null, null, null, 0, null, null, null, "x@example.com", true, null), null, DESK)))
			.isEqualTo("pollIntervalSeconds:mailbox.pollInterval.range");
		assertThat(fieldOf(() -> MailboxSettings.of(new SaveMailboxCommand("X", MailProtocol.DIRECT, null, null, null,
				null, null, null, null, null, 2L, null, "x@example.com", true, null), null, DESK)))
			.isEqualTo("departmentId:mailbox.department.unknown");
		assertThat(fieldOf(() -> MailboxSettings.of(new SaveMailboxCommand("X", MailProtocol.DIRECT, null, null, null,
				null, null, null, null, null, null, 8L, "x@example.com", true, null), null, DESK)))
			.isEqualTo("tierId:mailbox.tier.unknown");
		for (String address : List.of("support", "a@b@c", "Support <s@example.com>", "s@exa mple.com")) {
			assertThat(fieldOf(() -> MailboxSettings.of(new SaveMailboxCommand("X", MailProtocol.DIRECT, null, null,
					null, null, null, null, null, null, null, null, address, true, null), null, DESK)))
				.as(address)
				.isEqualTo("supportAddress:validation.email");
		}
		assertThatExceptionOfType(InvalidInputException.class)
			.isThrownBy(() -> MailboxSettings.of(new SaveMailboxCommand("X", null, null, null, null, null, null, null,
					null, null, null, null, "x@example.com", true, null), null, DESK));
	}

	@Test
	void shouldKeepAStoredSecretOnlyForTheSameServerAccountAndMethod() {
		Mailbox existing = new Mailbox(
				MailboxSettings.of(imap("imap.example.com", "support", null, "stored"), null, DESK), Instant.EPOCH);
		assertThat(MailboxSettings.of(imap("IMAP.example.com", "support", null, ""), existing, DESK).secret())
			.as("kept: null means the stored one")
			.isNull();
		assertThat(fieldOf(() -> MailboxSettings.of(imap("evil.example.com", "support", null, null), existing, DESK)))
			.isEqualTo("secret:mailbox.secret.again");
		assertThat(fieldOf(() -> MailboxSettings.of(imap("imap.example.com", "other", null, null), existing, DESK)))
			.isEqualTo("secret:mailbox.secret.again");
		assertThat(fieldOf(() -> MailboxSettings.of(imap("imap.example.com", "support", MailAuthMethod.OAUTH2, null),
				existing, DESK)))
			.isEqualTo("secret:mailbox.secret.again");
		assertThat(MailboxSettings.of(imap("evil.example.com", "support", null, "new"), existing, DESK).secret())
			.isEqualTo("new");
	}

}
