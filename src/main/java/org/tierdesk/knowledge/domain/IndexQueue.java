package org.tierdesk.knowledge.domain;

import java.sql.Timestamp;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.persistence.EntityManager;

import org.hibernate.search.engine.backend.work.execution.DocumentCommitStrategy;
import org.hibernate.search.engine.backend.work.execution.DocumentRefreshStrategy;
import org.hibernate.search.mapper.pojo.work.IndexingPlanSynchronizationStrategy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The search index queue: records, in the caller's transaction, that an indexed aggregate
 * changed, and reads those records back for {@link IndexQueuePoller}. Because the record
 * commits or rolls back with the change, no committed change can miss it.
 */
@Component
class IndexQueue {

	private static final Logger log = LoggerFactory.getLogger(IndexQueue.class);

	private final EntityManager entityManager;

	private final JdbcTemplate jdbc;

	/**
	 * Changes indexed in process on this node, with the {@link System#nanoTime} of that.
	 */
	private final Map<Long, Long> indexedHere = new ConcurrentHashMap<>();

	IndexQueue(EntityManager entityManager, JdbcTemplate jdbc) {
		this.entityManager = entityManager;
		this.jdbc = jdbc;
	}

	/** An article (any of its texts or settings) changed. */
	@Transactional(propagation = Propagation.MANDATORY)
	public void article(long articleId) {
		this.entityManager.persist(new IndexChange(IndexChange.ARTICLE, articleId));
	}

	/** A ticket's search copy changed; returns the change's id. */
	@Transactional(propagation = Propagation.MANDATORY)
	public long ticket(long ticketId) {
		IndexChange change = new IndexChange(IndexChange.TICKET, ticketId);
		this.entityManager.persist(change);
		return change.getId();
	}

	/**
	 * How this node indexes a change in process after its commit: in the index writer's
	 * memory, searchable by the next query, written to disk with the backend's next
	 * periodic commit (about a second) instead of one commit per change. Once the change
	 * is in this node's index it is noted, so that {@link IndexQueuePoller} does not
	 * index it a second time; a failure is not noted, so the poller does it.
	 */
	IndexingPlanSynchronizationStrategy inProcess(long changeId) {
		return (context) -> {
			context.documentCommitStrategy(DocumentCommitStrategy.NONE);
			context.documentRefreshStrategy(DocumentRefreshStrategy.NONE);
			context.indexingFutureHandler((future) -> future.whenComplete((report, error) -> {
				Throwable failure = (error != null) ? error : report.throwable().orElse(null);
				if (failure == null) {
					this.indexedHere.put(changeId, System.nanoTime());
				}
				else {
					log.warn("Indexing change {} in process failed; the search index queue will index it: {}", changeId,
							failure.toString());
				}
			}));
		};
	}

	/**
	 * Whether this node already indexed the change in process (and forgets it: the poller
	 * asks once per change).
	 */
	boolean indexedHere(long changeId) {
		return this.indexedHere.remove(changeId) != null;
	}

	/** How many changes indexed in process wait for the poller to see them. */
	int indexedHereWaiting() {
		return this.indexedHere.size();
	}

	/**
	 * Forgets changes noted as indexed in process before the given
	 * {@link System#nanoTime} that the poller never asked about (it had applied them
	 * itself before the note).
	 */
	void forgetIndexedHereBefore(long nanoTime) {
		this.indexedHere.values().removeIf((noted) -> noted - nanoTime < 0);
	}

	/** The database's current time (the clock of {@code created_at}). */
	Timestamp now() {
		return this.jdbc.queryForObject("select current_timestamp", Timestamp.class);
	}

	/**
	 * The changes recorded after {@code since} (all when null), oldest first, at most
	 * {@code limit}, continuing after the change ({@code afterTime}, {@code afterId}).
	 */
	List<Entry> after(Timestamp since, Timestamp afterTime, long afterId, int limit) {
		StringBuilder sql = new StringBuilder(
				"select id, entity_type, entity_id, created_at from search_index_queue where 1 = 1");
		List<Object> args = new java.util.ArrayList<>();
		if (since != null) {
			sql.append(" and created_at > ?");
			args.add(since);
		}
		if (afterTime != null) {
			sql.append(" and (created_at > ? or (created_at = ? and id > ?))");
			args.add(afterTime);
			args.add(afterTime);
			args.add(afterId);
		}
		sql.append(" order by created_at, id");
		return this.jdbc.query((connection) -> {
			java.sql.PreparedStatement statement = connection.prepareStatement(sql.toString());
			statement.setMaxRows(limit);
			for (int i = 0; i < args.size(); i++) {
				statement.setObject(i + 1, args.get(i));
			}
			return statement;
		}, (rs, row) -> new Entry(rs.getLong(1), rs.getString(2), rs.getLong(3), rs.getTimestamp(4)));
	}

	/** Forgets changes older than the given time; returns how many. */
	int deleteBefore(Timestamp before) {
		return this.jdbc.update("delete from search_index_queue where created_at < ?", before);
	}

	/** The oldest recorded change's time, or null when the queue is empty. */
	Timestamp oldest() {
		return this.jdbc.queryForObject("select min(created_at) from search_index_queue", Timestamp.class);
	}

	record Entry(long id, String entityType, long entityId, Timestamp createdAt) {
	}

}
