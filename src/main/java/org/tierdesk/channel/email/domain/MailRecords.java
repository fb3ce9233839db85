package org.tierdesk.channel.email.domain;

import java.io.InputStream;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.tierdesk.platform.Texts;
import org.tierdesk.channel.email.MailConversation;
import org.tierdesk.channel.email.MailThreads;

/**
 * The mail side of tickets, kept with plain SQL: Message-IDs seen and sent (threading,
 * duplicates, loops), each ticket's mail conversation, failing addresses, and the raw
 * source of received mail.
 */
@Component
@Transactional
class MailRecords implements MailThreads {

	/** A ticket's References header keeps at most this many ids. */
	static final int MAX_REFERENCES = 20;

	private final JdbcTemplate jdbc;

	private final Clock clock;

	MailRecords(JdbcTemplate jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/** A Message-ID the desk has seen or sent. */
	record Ref(String direction, long ticketId, Long ticketMessageId) {

		boolean outgoing() {
			return "OUT".equals(this.direction);
		}

	}

	Optional<Ref> ref(String messageKey) {
		return this.jdbc
			.query("select direction, ticket_id, ticket_message_id from mail_message_ref where message_key = ?",
					(rs, row) -> new Ref(rs.getString(1), rs.getLong(2), (Long) rs.getObject(3, Long.class)),
					messageKey)
			.stream()
			.findFirst();
	}

	Optional<Ref> refOfMessageId(String messageId) {
		return (messageId == null || MessageKeys.normalize(messageId).isEmpty()) ? Optional.empty()
				: ref(MessageKeys.of(messageId));
	}

	/**
	 * Records a Message-ID; a concurrent or earlier record of the same id fails with
	 * {@link DuplicateKeyException}.
	 */
	void insertRef(String messageKey, String messageId, String direction, long ticketId, Long ticketMessageId) {
		this.jdbc.update(
				"insert into mail_message_ref (message_key, message_id, direction, ticket_id, ticket_message_id, created_at)"
						+ " values (?, ?, ?, ?, ?, ?)",
				messageKey, Texts.cut(MessageKeys.normalize(messageId), 998), direction, ticketId, ticketMessageId,
				Timestamp.from(this.clock.instant()));
	}

	@Override
	public Optional<MailConversation> conversation(long ticketId) {
		return this.jdbc
			.query("select mailbox_id, support_address, requester_address, cc_addresses, language, no_auto_reply"
					+ " from mail_conversation where ticket_id = ?",
					(rs, row) -> new MailConversation(ticketId, (Long) rs.getObject(1, Long.class), rs.getString(2),
							rs.getString(3), split(rs.getString(4)), rs.getString(5), rs.getBoolean(6)),
					ticketId)
			.stream()
			.findFirst();
	}

	/** The conversation of a ticket that the mail in this transaction opened. */
	void startConversation(MailConversation conversation) {
		Instant now = this.clock.instant();
		this.jdbc.update("insert into mail_conversation (ticket_id, mailbox_id, support_address, requester_address,"
				+ " cc_addresses, language, no_auto_reply, updated_at, version) values (?, ?, ?, ?, ?, ?, ?, ?, 0)",
				conversation.ticketId(), conversation.mailboxId(), Texts.cut(conversation.supportAddress(), 254),
				Texts.cut(conversation.requesterAddress(), 254), join(conversation.cc()), conversation.language(),
				conversation.noAutoReply(), Timestamp.from(now));
	}

	/**
	 * Creates or updates the conversation of a ticket; the CC list grows, never shrinks.
	 */
	void saveConversation(MailConversation conversation) {
		Optional<MailConversation> existing = conversation(conversation.ticketId());
		if (existing.isEmpty()) {
			startConversation(conversation);
			return;
		}
		Instant now = this.clock.instant();
		MailConversation old = existing.get();
		java.util.LinkedHashSet<String> cc = new java.util.LinkedHashSet<>(old.cc());
		cc.addAll(conversation.cc());
		cc.remove(old.requesterAddress());
		this.jdbc.update(
				"update mail_conversation set mailbox_id = coalesce(mailbox_id, ?), support_address = coalesce(support_address, ?),"
						+ " cc_addresses = ?, language = coalesce(language, ?), updated_at = ?, version = version + 1"
						+ " where ticket_id = ?",
				conversation.mailboxId(), Texts.cut(conversation.supportAddress(), 254), join(List.copyOf(cc)),
				conversation.language(), Timestamp.from(now), conversation.ticketId());
	}

	@Override
	public List<String> messageIds(long ticketId) {
		List<String> all = this.jdbc.query(
				"select message_id from mail_message_ref where ticket_id = ? order by created_at, message_key",
				(rs, row) -> rs.getString(1), ticketId);
		if (all.size() <= MAX_REFERENCES) {
			return all;
		}
		// the first (the thread's root) and the newest ones, as RFC 5322 suggests
		List<String> kept = new java.util.ArrayList<>();
		kept.add(all.get(0));
		kept.addAll(all.subList(all.size() - (MAX_REFERENCES - 1), all.size()));
		return kept;
	}

	@Override

	public void recordOutgoing(long ticketId, Long ticketMessageId, String messageId) {
		insertRef(MessageKeys.of(messageId), messageId, "OUT", ticketId, ticketMessageId);
	}

	@Override
	@Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
	public boolean failing(String email) {
		if (email == null) {
			return false;
		}
		return Boolean.TRUE.equals(
				this.jdbc
					.query("select failing from mail_address_status where email = ?", (rs, row) -> rs.getBoolean(1),
							email.strip().toLowerCase(Locale.ROOT))
					.stream()
					.findFirst()
					.orElse(false));
	}

	/** Records a bounce for an address; a permanent one marks it as failing. */
	void bounced(String email, boolean hard, String status, String diagnostic) {
		String address = Texts.cut(email.strip().toLowerCase(Locale.ROOT), 254);
		Timestamp now = Timestamp.from(this.clock.instant());
		int updated = this.jdbc
			.update("update mail_address_status set failing = (failing or ?), bounce_count = bounce_count + 1,"
					+ " last_bounce_at = ?, last_status = ?, last_diagnostic = ?, version = version + 1 where email = ?",
					hard, now, Texts.cut(status, 20), Texts.cut(diagnostic, 1000), address);
		if (updated == 0) {
			try {
				this.jdbc.update(
						"insert into mail_address_status (email, failing, bounce_count, last_bounce_at, last_status,"
								+ " last_diagnostic, version) values (?, ?, 1, ?, ?, ?, 0)",
						address, hard, now, Texts.cut(status, 20), Texts.cut(diagnostic, 1000));
			}
			catch (DuplicateKeyException ex) {
				// another node recorded it at the same moment; the count is close enough
			}
		}
	}

	/** A successful mail from an address shows it works again. */
	void delivered(String email) {
		this.jdbc.update("update mail_address_status set failing = false, version = version + 1"
				+ " where email = ? and failing = true", email.strip().toLowerCase(Locale.ROOT));
	}

	void storeRaw(long inboundMailId, InputStream data, long size) {
		this.jdbc.update("insert into inbound_mail_raw (inbound_mail_id, data) values (?, ?)", (ps) -> {
			ps.setLong(1, inboundMailId);
			ps.setBinaryStream(2, data, size);
		});
	}

	@Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
	boolean readRaw(long inboundMailId, Consumer<InputStream> reader) {
		Boolean found = this.jdbc.query("select data from inbound_mail_raw where inbound_mail_id = ?", (rs) -> {
			if (!rs.next()) {
				return false;
			}
			try (InputStream in = rs.getBinaryStream(1)) {
				reader.accept(in);
			}
			catch (java.io.IOException ex) {
				throw new java.io.UncheckedIOException(ex);
			}
			return true;
		}, inboundMailId);
		return Boolean.TRUE.equals(found);
	}

	private static List<String> split(String joined) {
		return (joined == null || joined.isBlank()) ? List.of() : Arrays.asList(joined.split(",\\s*"));
	}

	private static String join(List<String> values) {
		String joined = String.join(", ", values);
		// keep whole addresses when cutting to the column
		while (joined.length() > 4000 && joined.contains(", ")) {
			joined = joined.substring(0, joined.lastIndexOf(", "));
		}
		return joined.isEmpty() ? null : joined;
	}

}
