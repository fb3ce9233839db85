package org.tierdesk.desk.domain;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.stereotype.Component;

/**
 * The admins' own texts, held in memory on each node because every text of every page
 * asks here first. This node forgets its copy when it saves a text; every node reads the
 * table again when its copy is older than the refresh interval (one query, the table is
 * small).
 */
@Component
class TextOverrides {

	private static final Logger log = LoggerFactory.getLogger(TextOverrides.class);

	/** After a failed read (at start, before the schema exists) try again this soon. */
	private static final long RETRY_NANOS = Duration.ofSeconds(1).toNanos();

	private final JdbcTemplate jdbc;

	private final long refreshNanos;

	private final AtomicBoolean loading = new AtomicBoolean();

	private volatile Snapshot snapshot;

	TextOverrides(JdbcTemplate jdbc, @Value("${tierdesk.desk.refresh-interval:PT10S}") Duration refresh) {
		this.jdbc = jdbc;
		this.refreshNanos = refresh.toNanos();
	}

	/** The admin's text for this key and language, or null. */
	String find(String key, String language) {
		Map<String, String> texts = current();
		return texts.isEmpty() ? null : texts.get(language + "\n" + key);
	}

	/** Forgets this node's copy (after a change was committed). */
	void changed() {
		this.snapshot = null;
	}

	private Map<String, String> current() {
		Snapshot current = this.snapshot;
		long now = System.nanoTime();
		if (current != null && now - current.loadedAt() < current.validNanos()) {
			return current.texts();
		}
		// one thread reloads; the others go on with the old copy while there is one
		if (current != null && !this.loading.compareAndSet(false, true)) {
			return current.texts();
		}
		try {
			Map<String, String> texts = new HashMap<>();
			this.jdbc.query("select message_key, language, text from text_override",
					(RowCallbackHandler) (rs) -> texts.put(rs.getString(2) + "\n" + rs.getString(1), rs.getString(3)));
			current = new Snapshot(Map.copyOf(texts), now, this.refreshNanos);
		}
		catch (DataAccessException ex) {
			log.debug("Own texts not readable yet: {}", ex.getMessage());
			current = new Snapshot((current != null) ? current.texts() : Map.of(), now, RETRY_NANOS);
		}
		finally {
			this.loading.set(false);
		}
		this.snapshot = current;
		return current.texts();
	}

	private record Snapshot(Map<String, String> texts, long loadedAt, long validNanos) {
	}

}
