package org.tierdesk.knowledge;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.util.FileSystemUtils;
import org.tierdesk.TierdeskApplication;
import org.tierdesk.support.ApiClient;
import org.tierdesk.support.DatabaseInitializers;
import org.tierdesk.support.EmbeddedDatabases;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Two nodes on one PostgreSQL database, each with its own index folder, kept consistent
 * by the search index queue (ADR 0010). Node B runs with Hibernate Search's automatic
 * indexing switched off: every change it makes stands for a change whose in-process
 * indexing was lost, and can only reach an index through the queue.
 */
class KnowledgeIndexTwoNodesIT {

	static Path folderA;

	static Path folderB;

	static ConfigurableApplicationContext nodeA;

	static ConfigurableApplicationContext nodeB;

	@BeforeAll
	static void startNodes() throws IOException {
		folderA = Files.createTempDirectory("tierdesk-index-a-");
		folderB = Files.createTempDirectory("tierdesk-index-b-");
		nodeA = start(folderA, false);
		nodeB = start(folderB, true);
	}

	static ConfigurableApplicationContext start(Path folder, boolean indexingLost) {
		List<String> args = new ArrayList<>(List.of("--server.port=0",
				"--spring.datasource.url=" + EmbeddedDatabases.postgresUrl(), "--spring.datasource.username=postgres",
				"--spring.datasource.password=postgres", "--spring.datasource.hikari.maximum-pool-size=6",
				"--TIERDESK_ADMIN_PASSWORD=" + DatabaseInitializers.ADMIN_PASSWORD,
				"--tierdesk.knowledge.index-dir=" + folder, "--tierdesk.knowledge.index-queue.interval=PT0.3S"));
		if (indexingLost) {
			args.add("--spring.jpa.properties.hibernate.search.indexing.listeners.enabled=false");
		}
		return new SpringApplicationBuilder(TierdeskApplication.class).run(args.toArray(String[]::new));
	}

	@AfterAll
	static void stopNodes() throws IOException {
		if (nodeA != null) {
			nodeA.close();
		}
		if (nodeB != null) {
			nodeB.close();
		}
		FileSystemUtils.deleteRecursively(folderA);
		FileSystemUtils.deleteRecursively(folderB);
	}

	static ApiClient api(ConfigurableApplicationContext node) {
		int port = Integer.parseInt(node.getEnvironment().getProperty("local.server.port"));
		return ApiClient.basic(port, "admin", DatabaseInitializers.ADMIN_PASSWORD);
	}

	static String word() {
		// letters only, so that the analyzers keep the word whole
		StringBuilder word = new StringBuilder("zq");
		java.util.concurrent.ThreadLocalRandom random = java.util.concurrent.ThreadLocalRandom.current();
		for (int i = 0; i < 8; i++) {
			word.append((char) ('a' + random.nextInt(26)));
		}
		return word.toString();
	}

	static long createArticle(ApiClient node, String word) {
		ApiClient.Response created = node.post("/api/v1/knowledge/articles", """
				{"language": "en", "title": "Printer %s", "body": "<p>Hold the %s button</p>"}
				""".formatted(word, word));
		assertThat(created.status()).as(created.body()).isEqualTo(201);
		return created.json().get("id").asLong();
	}

	static List<String> articleHits(ApiClient node, String word) {
		JsonNode items = node.get("/api/v1/search?type=article&q=" + word).json().get("items");
		return items.valueStream().map((hit) -> hit.get("ref").asString()).toList();
	}

	@Test
	void shouldFindOnNodeBAnArticleWrittenOnNodeA() {
		String word = word();
		long id = createArticle(api(nodeA), word);
		assertThat(articleHits(api(nodeA), word)).containsExactly(String.valueOf(id));
		await().atMost(Duration.ofSeconds(10))
			.untilAsserted(() -> assertThat(articleHits(api(nodeB), word)).containsExactly(String.valueOf(id)));
	}

	@Test
	void shouldIndexAChangeWhoseIndexingWasLost() {
		String word = word();
		long id = createArticle(api(nodeB), word);
		await().atMost(Duration.ofSeconds(10))
			.untilAsserted(() -> assertThat(articleHits(api(nodeB), word)).containsExactly(String.valueOf(id)));
		await().atMost(Duration.ofSeconds(10))
			.untilAsserted(() -> assertThat(articleHits(api(nodeA), word)).containsExactly(String.valueOf(id)));
	}

	@Test
	void shouldFollowATicketsStatusChangedOnTheOtherNode() {
		String word = word();
		String number = api(nodeA).post("/api/v1/tickets", """
				{"subject": "Scanner %s", "description": "x", "requester": {"email": "n@example.com"}}
				""".formatted(word)).json().get("number").asString();
		await().atMost(Duration.ofSeconds(10))
			.untilAsserted(() -> assertThat(ticketHits(api(nodeB), word, "new")).containsExactly(number));
		ApiClient.Response pending = api(nodeB).patch("/api/v1/tickets/" + number, "{\"status\": \"pending\"}", null);
		assertThat(pending.status()).as(pending.body()).isEqualTo(200);
		await().atMost(Duration.ofSeconds(10))
			.untilAsserted(() -> assertThat(ticketHits(api(nodeA), word, "pending")).containsExactly(number));
		await().atMost(Duration.ofSeconds(10))
			.untilAsserted(() -> assertThat(ticketHits(api(nodeB), word, "pending")).containsExactly(number));
	}

	static List<String> ticketHits(ApiClient node, String word, String status) {
		JsonNode items = node.get("/api/v1/search?type=ticket&status=" + status + "&q=" + word).json().get("items");
		return items.valueStream().map((hit) -> hit.get("ref").asString()).toList();
	}

	@Test
	void shouldCatchUpAfterBeingDown() {
		nodeB.close();
		String word = word();
		long id = createArticle(api(nodeA), word);
		nodeB = start(folderB, true);
		await().atMost(Duration.ofSeconds(10))
			.untilAsserted(() -> assertThat(articleHits(api(nodeB), word)).containsExactly(String.valueOf(id)));
	}

}
