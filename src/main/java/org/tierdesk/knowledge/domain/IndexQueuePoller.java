package org.tierdesk.knowledge.domain;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Timestamp;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import jakarta.persistence.EntityManager;

import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.orm.work.SearchIndexingPlan;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.tierdesk.knowledge.KnowledgeProperties;
import org.tierdesk.knowledge.domain.KnowledgeSearchConfiguration.IndexFolder;

/**
 * Brings this node's index up to date with the search index queue: every interval it
 * reads the changes recorded since its position (looking back an overlap, because a
 * transaction that started earlier may commit later) and re-indexes each aggregate they
 * name from the database. Every node does this for every change, its own included, so
 * changes made on other nodes and changes whose indexing a crash interrupted all arrive.
 * The position is kept in a file beside the index: it belongs to that index, not to the
 * node.
 */
@Component
class IndexQueuePoller implements SmartLifecycle {

	private static final Logger log = LoggerFactory.getLogger(IndexQueuePoller.class);

	static final String POSITION_FILE = "tierdesk-index-queue.position";

	private static final int PAGE = 500;

	/**
	 * How far back from the newest change an ordinary run reads: covers transactions that
	 * commit within seconds of a later one (parallel mail intake); older stragglers are
	 * found by the sweep.
	 */
	static final long HEAD_OVERLAP_MILLIS = 5_000;

	private static final long CLEANUP_EVERY_MILLIS = 10 * 60 * 1000L;

	private final IndexQueue queue;

	private final KnowledgeSearch search;

	private final EntityManager entityManager;

	private final TransactionTemplate transactions;

	private final KnowledgeProperties.IndexQueue settings;

	private final Path positionFile;

	/** Changes already applied that a read may see again, by id, with their time. */
	private final Map<Long, Timestamp> applied = new HashMap<>();

	/** The sweep's start: the overlap before the newest change seen. */
	private Timestamp since;

	/** The newest change seen (the position). */
	private Timestamp newestSeen;

	private long lastSweep;

	private long lastCleanup;

	private volatile ScheduledExecutorService executor;

	IndexQueuePoller(IndexQueue queue, KnowledgeSearch search, EntityManager entityManager,
			PlatformTransactionManager transactionManager, KnowledgeProperties properties, IndexFolder folder) {
		this.queue = queue;
		this.search = search;
		this.entityManager = entityManager;
		this.transactions = new TransactionTemplate(transactionManager);
		this.settings = properties.indexQueue();
		this.positionFile = folder.root().resolve(POSITION_FILE);
	}

	@Override
	public void start() {
		ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor((runnable) -> {
			Thread thread = new Thread(runnable, "search-index-queue");
			thread.setDaemon(true);
			return thread;
		});
		this.executor = scheduler;
		scheduler.execute(this::catchUpAtStart);
		long interval = Math.max(50, this.settings.interval().toMillis());
		scheduler.scheduleWithFixedDelay(this::run, interval, interval, TimeUnit.MILLISECONDS);
	}

	@Override
	public void stop() {
		ScheduledExecutorService scheduler = this.executor;
		this.executor = null;
		if (scheduler != null) {
			scheduler.shutdownNow();
			try {
				scheduler.awaitTermination(5, TimeUnit.SECONDS);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
		}
	}

	@Override
	public boolean isRunning() {
		return this.executor != null;
	}

	@Override
	public int getPhase() {
		// after the web server has started, stopped before the database goes
		return Integer.MAX_VALUE - 10;
	}

	/**
	 * Starts from the saved position; when the index was away longer than the queue keeps
	 * changes (or its position is unknown while it has documents), empties it and indexes
	 * everything again (search answers from what is indexed so far meanwhile).
	 */
	void catchUpAtStart() {
		try {
			Timestamp position = readPosition();
			Timestamp keptSince = new Timestamp(this.queue.now().getTime() - this.settings.retention().toMillis()
					+ this.settings.overlap().toMillis());
			boolean indexHasDocuments = this.search.indexedCount() > 0;
			if (position != null) {
				this.since = new Timestamp(position.getTime() - this.settings.overlap().toMillis());
			}
			if (indexHasDocuments && (position == null || position.before(keptSince))) {
				// emptied first: the mass indexer adds documents, and over the old ones
				// every document would be there twice
				log.info(
						"The search index may have missed changes the queue no longer keeps: indexing everything again");
				this.search.massIndex();
			}
		}
		catch (RuntimeException ex) {
			log.warn("Could not check the search index at start; POST /api/v1/admin/search/rebuild does it", ex);
		}
	}

	void run() {
		try {
			poll();
			cleanUpNowAndThen();
		}
		catch (RuntimeException ex) {
			// the database may be away for a moment; the next run tries again from the
			// same position
			log.warn("Reading the search index queue failed: {}", ex.toString());
		}
	}

	/**
	 * Applies every change not applied yet; returns how many were applied. Most runs read
	 * only the head of the queue (from {@link #HEAD_OVERLAP_MILLIS} before the newest
	 * change seen); every {@link #sweepEveryMillis()} a sweep reads the whole overlap
	 * again for changes of longer transactions that committed late. Reading the whole
	 * overlap every run re-read two minutes of changes every second (some 15,000 rows at
	 * 130 mails/s).
	 */
	synchronized int poll() {
		return poll(this.newestSeen == null || System.currentTimeMillis() - this.lastSweep >= sweepEveryMillis());
	}

	/**
	 * Applies the changes of the head of the queue, or of the whole overlap when
	 * {@code sweep}; returns how many were applied.
	 */
	synchronized int poll(boolean sweep) {
		long now = System.currentTimeMillis();
		Timestamp from = (sweep || this.newestSeen == null) ? this.since
				: new Timestamp(this.newestSeen.getTime() - HEAD_OVERLAP_MILLIS);
		if (from != null && this.since != null && from.before(this.since)) {
			from = this.since;
		}
		Timestamp afterTime = null;
		long afterId = 0;
		Timestamp newest = null;
		int count = 0;
		List<IndexQueue.Entry> page;
		do {
			page = this.queue.after(from, afterTime, afterId, PAGE);
			List<IndexQueue.Entry> unseen = page.stream().filter((e) -> !this.applied.containsKey(e.id())).toList();
			// changes this node indexed in process after their commit need no second
			// indexing
			List<IndexQueue.Entry> fresh = unseen.stream().filter((e) -> !this.queue.indexedHere(e.id())).toList();
			if (!fresh.isEmpty()) {
				apply(fresh);
				count += fresh.size();
			}
			unseen.forEach((e) -> this.applied.put(e.id(), e.createdAt()));
			if (!page.isEmpty()) {
				IndexQueue.Entry last = page.get(page.size() - 1);
				afterTime = last.createdAt();
				afterId = last.id();
				newest = last.createdAt();
			}
		}
		while (page.size() == PAGE);
		if (sweep) {
			this.lastSweep = now;
			this.queue.forgetIndexedHereBefore(System.nanoTime() - this.settings.overlap().toNanos());
		}
		if (newest != null) {
			boolean advanced = this.newestSeen == null || newest.after(this.newestSeen);
			if (advanced) {
				this.newestSeen = newest;
			}
			Timestamp next = new Timestamp(this.newestSeen.getTime() - this.settings.overlap().toMillis());
			if (this.since == null || next.after(this.since)) {
				this.since = next;
			}
			Timestamp floor = this.since;
			this.applied.values().removeIf((time) -> !time.after(floor));
			if (advanced) {
				writePosition(this.newestSeen);
			}
		}
		else if (this.since == null && !Files.exists(this.positionFile)) {
			// nothing to apply yet: this index is current as of now
			writePosition(this.queue.now());
		}
		return count;
	}

	/**
	 * A sweep of the whole overlap runs this often: a quarter of the overlap, at least
	 * the interval.
	 */
	private long sweepEveryMillis() {
		return Math.max(this.settings.interval().toMillis(), this.settings.overlap().toMillis() / 4);
	}

	private void apply(List<IndexQueue.Entry> changes) {
		Set<Long> articles = new LinkedHashSet<>();
		Set<Long> tickets = new LinkedHashSet<>();
		for (IndexQueue.Entry change : changes) {
			(IndexChange.ARTICLE.equals(change.entityType()) ? articles : tickets).add(change.entityId());
		}
		this.transactions.executeWithoutResult((tx) -> {
			SearchIndexingPlan plan = Search.session(this.entityManager).indexingPlan();
			for (Long id : tickets) {
				TicketDocument document = this.entityManager.find(TicketDocument.class, id);
				if (document != null) {
					plan.addOrUpdate(document);
				}
				else {
					plan.purge(TicketDocument.class, id, null);
				}
			}
			for (Long id : articles) {
				Article article = this.entityManager.find(Article.class, id);
				if (article != null) {
					article.getTranslations().forEach(plan::addOrUpdate);
				}
			}
			plan.execute();
		});
	}

	private void cleanUpNowAndThen() {
		long now = System.currentTimeMillis();
		if (now - this.lastCleanup < CLEANUP_EVERY_MILLIS) {
			return;
		}
		this.lastCleanup = now;
		Timestamp before = new Timestamp(this.queue.now().getTime() - this.settings.retention().toMillis());
		int deleted = this.transactions.execute((tx) -> this.queue.deleteBefore(before));
		if (deleted > 0) {
			log.debug("Forgot {} search index changes older than {}", deleted, before);
		}
	}

	private Timestamp readPosition() {
		try {
			if (!Files.exists(this.positionFile)) {
				return null;
			}
			String[] parts = Files.readString(this.positionFile, StandardCharsets.UTF_8).strip().split(" ");
			Timestamp position = new Timestamp(Long.parseLong(parts[0]));
			position.setNanos(Integer.parseInt(parts[1]));
			return position;
		}
		catch (IOException | RuntimeException ex) {
			log.warn("Unreadable search index queue position {}; starting from the whole queue", this.positionFile);
			return null;
		}
	}

	private void writePosition(Timestamp position) {
		try {
			Files.createDirectories(this.positionFile.getParent());
			Path temp = this.positionFile.resolveSibling(POSITION_FILE + ".tmp");
			Files.writeString(temp, position.getTime() + " " + position.getNanos(), StandardCharsets.UTF_8);
			Files.move(temp, this.positionFile, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
		}
		catch (IOException ex) {
			log.warn("Could not save the search index queue position in {}", this.positionFile, ex);
		}
	}

}
