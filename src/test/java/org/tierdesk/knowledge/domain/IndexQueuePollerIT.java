package org.tierdesk.knowledge.domain;

import java.sql.Timestamp;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.tierdesk.TierdeskApplication;
import org.tierdesk.identity.Role;
import org.tierdesk.knowledge.KnowledgeManagement;
import org.tierdesk.knowledge.Reader;
import org.tierdesk.knowledge.SearchHit;
import org.tierdesk.knowledge.SearchRequest;
import org.tierdesk.knowledge.SearchType;
import org.tierdesk.support.DatabaseInitializers;
import org.tierdesk.ticket.Actor;
import org.tierdesk.ticket.Channel;
import org.tierdesk.ticket.OpenTicketCommand;
import org.tierdesk.ticket.TicketManagement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The search index queue poller on its own (its schedule switched off, so the test runs
 * each poll): a ticket's search copy and its queue row are stored in the ticket's own
 * transaction, changes this node indexed in process are not indexed a second time, an
 * ordinary poll reads only the head of the queue, and the sweep finds a change whose
 * transaction committed long after later ones.
 */
class IndexQueuePollerIT {

	static final Reader EDITOR = new Reader(null, "Editor", Role.ADMIN, Set.of());

	static ConfigurableApplicationContext app;

	static IndexQueuePoller poller;

	static KnowledgeManagement knowledge;

	static TicketManagement tickets;

	static JdbcTemplate jdbc;

	@BeforeAll
	static void start() {
		app = new SpringApplicationBuilder(TierdeskApplication.class).run("--server.port=0",
				"--spring.datasource.url=jdbc:h2:mem:poller-" + System.nanoTime() + ";DB_CLOSE_DELAY=-1",
				"--spring.datasource.username=sa", "--spring.datasource.password=",
				"--spring.datasource.hikari.maximum-pool-size=6",
				"--TIERDESK_ADMIN_PASSWORD=" + DatabaseInitializers.ADMIN_PASSWORD,
				"--tierdesk.knowledge.index-dir=temp", "--tierdesk.mail.polling=false",
				"--tierdesk.knowledge.index-queue.interval=PT1H");
		poller = app.getBean(IndexQueuePoller.class);
		knowledge = app.getBean(KnowledgeManagement.class);
		tickets = app.getBean(TicketManagement.class);
		jdbc = app.getBean(JdbcTemplate.class);
	}

	@AfterAll
	static void stop() {
		if (app != null) {
			app.close();
		}
	}

	@Test
	void shouldNotIndexAgainWhatThisNodeIndexedInProcess() {
		poller.poll(true);
		List<String> numbers = new ArrayList<>();
		String marker = word();
		for (int i = 0; i < 3; i++) {
			numbers.add(open("Projector " + marker + " flickers " + i));
		}
		await().atMost(Duration.ofSeconds(20)).until(() -> found(marker).size() == 3);
		// each noted once its document is in the index writer
		await().atMost(Duration.ofSeconds(10)).until(() -> app.getBean(IndexQueue.class).indexedHereWaiting() >= 3);
		assertThat(found(marker)).containsExactlyInAnyOrderElementsOf(numbers);
		Integer queued = jdbc.queryForObject(
				"select count(*) from search_index_queue q join knowledge_ticket_doc d on d.ticket_id = q.entity_id"
						+ " where q.entity_type = 'ticket' and d.number in (?, ?, ?)",
				Integer.class, numbers.toArray());
		assertThat(queued).as("every change is queued for the other nodes").isGreaterThanOrEqualTo(3);

		assertThat(poller.poll(true)).as("changes indexed in process are not indexed again").isZero();
	}

	@Test
	void shouldStoreTheSearchCopyAndItsQueueRowWithTheTicketOrNotAtAll() {
		String committed = open("Monitor " + word() + " is dark");
		// in the ticket's transaction: there the moment the ticket is
		assertThat(jdbc.queryForObject(
				"select count(*) from knowledge_ticket_doc d join search_index_queue q on q.entity_id = d.ticket_id"
						+ " and q.entity_type = 'ticket' where d.number = ?",
				Integer.class, committed))
			.isEqualTo(1);

		String subject = "Keyboard " + word() + " types twice";
		new TransactionTemplate(app.getBean(PlatformTransactionManager.class)).executeWithoutResult((tx) -> {
			open(subject);
			tx.setRollbackOnly();
		});
		assertThat(jdbc.queryForObject("select count(*) from knowledge_ticket_doc where subject = ?", Integer.class,
				subject))
			.isZero();
		assertThat(jdbc.queryForObject("select count(*) from ticket where subject = ?", Integer.class, subject))
			.isZero();
	}

	@Test
	void shouldFindAChangeThatCommittedLateOnlyWithTheSweep() {
		String before = word();
		String number = open("Scanner " + before + " jams");
		await().atMost(Duration.ofSeconds(20)).until(() -> found(before).contains(number));
		poller.poll(true);

		// a long transaction changed the ticket's copy and queued the change twenty
		// seconds ago, and commits only now, after the poller has read past it (its
		// in-process indexing is not there: the row is written behind Hibernate's back)
		String after = word();
		long ticketId = jdbc.queryForObject("select ticket_id from knowledge_ticket_doc where number = ?", Long.class,
				number);
		jdbc.update("update knowledge_ticket_doc set subject = ? where ticket_id = ?", "Scanner " + after + " jams",
				ticketId);
		Timestamp twentySecondsAgo = new Timestamp(
				jdbc.queryForObject("select current_timestamp", Timestamp.class).getTime() - 20_000);
		jdbc.update(
				"insert into search_index_queue (id, entity_type, entity_id, created_at) values (?, 'ticket', ?, ?)",
				2_000_000_000L + (System.nanoTime() % 1_000_000), ticketId, twentySecondsAgo);

		assertThat(poller.poll(false)).as("an ordinary poll reads only the head of the queue").isZero();
		assertThat(found(after)).isEmpty();

		assertThat(poller.poll(true)).as("the sweep reads the whole overlap").isEqualTo(1);
		assertThat(found(after)).containsExactly(number);
		assertThat(poller.poll(true)).as("a change is applied once").isZero();
	}

	@Test
	void shouldIndexEverythingOnceWhenTheIndexWasAwayLongerThanTheQueueKeepsChanges() throws Exception {
		String marker = word();
		String number = open("Dock " + marker + " is loose");
		await().atMost(Duration.ofSeconds(20)).until(() -> found(marker).contains(number));
		KnowledgeSearch search = app.getBean(KnowledgeSearch.class);
		long documents = search.indexedCount();

		// the position saved beside the index is three days old: the queue (two days)
		// no longer holds what the index may have missed
		java.nio.file.Path position = app.getBean(KnowledgeSearchConfiguration.IndexFolder.class)
			.root()
			.resolve(IndexQueuePoller.POSITION_FILE);
		java.nio.file.Files.writeString(position, (System.currentTimeMillis() - 3 * 24 * 3600 * 1000L) + " 0");
		poller.catchUpAtStart();

		assertThat(search.indexedCount()).as("every document once, not twice").isEqualTo(documents);
		assertThat(found(marker)).containsExactly(number);
	}

	static String open(String subject) {
		return tickets
			.open(new OpenTicketCommand(subject, "It does not work.", "ann@example.com", "Ann", null, Channel.PHONE,
					null, null, null, null, null), Actor.system())
			.number();
	}

	static List<String> found(String word) {
		return knowledge
			.search(new SearchRequest(word, null, Set.of(SearchType.TICKET), null, null, null, null, null, 10), EDITOR)
			.stream()
			.map(SearchHit::ref)
			.toList();
	}

	static String word() {
		// letters only, so that the analyzers keep the word whole
		StringBuilder word = new StringBuilder("qx");
		for (char c : UUID.randomUUID().toString().replace("-", "").toCharArray()) {
			word.append((char) ('a' + Character.digit(c, 16) % 26));
			if (word.length() == 10) {
				break;
			}
		}
		return word.toString();
	}

}
