package org.tierdesk.knowledge;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.tierdesk.TierdeskApplication;
import org.tierdesk.identity.Role;
import org.tierdesk.support.DatabaseInitializers;
import org.tierdesk.ticket.Actor;
import org.tierdesk.ticket.Channel;
import org.tierdesk.ticket.OpenTicketCommand;
import org.tierdesk.ticket.TicketManagement;
import org.tierdesk.ticket.TicketView;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A node that starts with an empty index folder on a database that already has articles
 * and tickets (a new node, a lost folder) fills its index by itself; after that a second
 * start with the same folder finds everything at once. A folder built with an older index
 * mapping is indexed again at start.
 */
class KnowledgeIndexBootstrapIT {

	static final Reader EDITOR = new Reader(null, "Editor", Role.ADMIN, Set.of());

	@Test
	void shouldFillAnEmptyIndexFromTheDatabaseAtStart() throws Exception {
		String url = "jdbc:h2:mem:bootstrap-" + System.nanoTime() + ";DB_CLOSE_DELAY=-1";
		String marker = "gecko" + UUID.randomUUID().toString().substring(0, 6);
		String number;
		try (ConfigurableApplicationContext first = start(url)) {
			KnowledgeManagement knowledge = first.getBean(KnowledgeManagement.class);
			ArticleView article = knowledge.create(new SaveArticleCommand("it", "Stampante " + marker,
					"<p>La stampante " + marker + " non si accende.</p>", null, Set.of(), Visibility.PUBLIC, Set.of(),
					null), EDITOR);
			knowledge.transition(article.id(), ArticleAction.SUBMIT, EDITOR, null);
			knowledge.transition(article.id(), ArticleAction.PUBLISH, EDITOR, null);
			TicketView ticket = first.getBean(TicketManagement.class)
				.open(new OpenTicketCommand("Scanner " + marker + " is offline", "It shows offline", "ann@example.com",
						"Ann", null, Channel.PHONE, null, null, null, null, null), Actor.system());
			number = ticket.number();
			await().atMost(Duration.ofSeconds(20))
				.until(() -> !knowledge
					.search(new SearchRequest(marker, null, Set.of(SearchType.TICKET), null, null, null, null, null, 5),
							EDITOR)
					.isEmpty());
		}
		try (ConfigurableApplicationContext second = start(url)) {
			KnowledgeManagement knowledge = second.getBean(KnowledgeManagement.class);
			await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
				assertThat(knowledge.searchArticles("stampanti " + marker, "it", Reader.anonymous(), 5))
					.extracting(SearchHit::title)
					.containsExactly("Stampante " + marker);
				assertThat(knowledge.search(
						new SearchRequest(marker, null, Set.of(SearchType.TICKET), null, null, null, null, null, 5),
						EDITOR))
					.extracting(SearchHit::ref)
					.containsExactly(number);
			});
		}
	}

	@Test
	void shouldIndexAgainAtStartWhenTheIndexWasBuiltWithAnOlderMapping(@TempDir Path folder) throws Exception {
		String url = "jdbc:h2:mem:mapping-" + System.nanoTime() + ";DB_CLOSE_DELAY=-1";
		String marker = "lemur" + UUID.randomUUID().toString().substring(0, 6);
		Path version = folder.resolve("tierdesk-index-mapping.version");
		try (ConfigurableApplicationContext first = start(url, folder.toString())) {
			KnowledgeManagement knowledge = first.getBean(KnowledgeManagement.class);
			ArticleView article = knowledge.create(new SaveArticleCommand("en", "Printer " + marker,
					"<p>The printer " + marker + " is jammed.</p>", null, Set.of(), Visibility.PUBLIC, Set.of(), null),
					EDITOR);
			knowledge.transition(article.id(), ArticleAction.SUBMIT, EDITOR, null);
			knowledge.transition(article.id(), ArticleAction.PUBLISH, EDITOR, null);
			await().atMost(Duration.ofSeconds(20)).until(() -> Files.exists(version));
			assertThat(Files.readString(version).strip()).isEqualTo("2");
		}
		// an index folder from before the mapping version (or of an older one)
		Files.writeString(version, "1");
		try (ConfigurableApplicationContext second = start(url, folder.toString())) {
			KnowledgeManagement knowledge = second.getBean(KnowledgeManagement.class);
			await().atMost(Duration.ofSeconds(30))
				.untilAsserted(() -> assertThat(Files.readString(version).strip()).isEqualTo("2"));
			List<SearchHit> hits = knowledge.searchArticles("printers " + marker, "en", Reader.anonymous(), 5);
			assertThat(hits).extracting(SearchHit::title).containsExactly("Printer " + marker);
			assertThat(hits.get(0).snippet()).contains("<mark>" + marker + "</mark>");
		}
	}

	static ConfigurableApplicationContext start(String url) {
		return start(url, "temp");
	}

	static ConfigurableApplicationContext start(String url, String indexDir) {
		return new SpringApplicationBuilder(TierdeskApplication.class).run("--server.port=0",
				"--spring.datasource.url=" + url, "--spring.datasource.username=sa", "--spring.datasource.password=",
				"--spring.datasource.hikari.maximum-pool-size=6",
				"--TIERDESK_ADMIN_PASSWORD=" + DatabaseInitializers.ADMIN_PASSWORD,
				"--tierdesk.knowledge.index-dir=" + indexDir, "--tierdesk.mail.polling=false");
	}

}
