package org.tierdesk;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.tierdesk.support.ApiClient;
import org.tierdesk.support.DatabaseInitializers;
import org.tierdesk.support.EmbeddedDatabases;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two Tierdesk nodes on one PostgreSQL database: both start (migrations run once),
 * tickets created on both at the same time get unique numbers, and a ticket opened on one
 * node is worked on the other.
 */
class TwoNodesIT {

	static ConfigurableApplicationContext nodeA;

	static ConfigurableApplicationContext nodeB;

	@BeforeAll
	static void startNodes() {
		String url = EmbeddedDatabases.postgresUrl();
		// One after the other: Spring Boot's logging set-up is JVM-wide and races when
		// two
		// applications start at once ("Unable to find Spring Environment in logger
		// context").
		// Both nodes still run the migrations' lock and seed code against the same
		// database.
		nodeA = start(url);
		nodeB = start(url);
	}

	static ConfigurableApplicationContext start(String url) {
		return new SpringApplicationBuilder(TierdeskApplication.class).run("--server.port=0",
				"--spring.datasource.url=" + url, "--spring.datasource.username=postgres",
				"--spring.datasource.password=postgres", "--spring.datasource.hikari.maximum-pool-size=6",
				"--TIERDESK_ADMIN_PASSWORD=" + DatabaseInitializers.ADMIN_PASSWORD);
	}

	@AfterAll
	static void stopNodes() {
		if (nodeA != null) {
			nodeA.close();
		}
		if (nodeB != null) {
			nodeB.close();
		}
	}

	static ApiClient api(ConfigurableApplicationContext node) {
		int port = Integer.parseInt(node.getEnvironment().getProperty("local.server.port"));
		return ApiClient.basic(port, "admin", DatabaseInitializers.ADMIN_PASSWORD);
	}

	@Test
	void shouldGiveUniqueNumbersAcrossNodes() throws Exception {
		ApiClient a = api(nodeA);
		ApiClient b = api(nodeB);
		Set<String> numbers = ConcurrentHashMap.newKeySet();
		ExecutorService pool = Executors.newFixedThreadPool(8);
		try {
			List<Future<?>> futures = new ArrayList<>();
			for (int i = 0; i < 60; i++) {
				ApiClient node = (i % 2 == 0) ? a : b;
				futures.add(pool.submit(() -> {
					ApiClient.Response created = node.post("/api/v1/tickets", """
							{"subject": "Two nodes", "description": "x", "requester": {"email": "n@example.com"}}
							""");
					assertThat(created.status()).isEqualTo(201);
					numbers.add(created.json().get("number").asString());
				}));
			}
			for (Future<?> future : futures) {
				future.get();
			}
		}
		finally {
			pool.shutdownNow();
		}
		assertThat(numbers).hasSize(60);
	}

	@Test
	void shouldWorkATicketOnEitherNode() {
		String number = api(nodeA).post("/api/v1/tickets", """
				{"subject": "Opened on A", "description": "x", "requester": {"email": "n@example.com"}}
				""").json().get("number").asString();
		ApiClient.Response escalated = api(nodeB).post("/api/v1/tickets/" + number + "/escalate",
				"{\"note\": \"from node B\"}");
		assertThat(escalated.status()).isEqualTo(200);
		assertThat(api(nodeA).get("/api/v1/tickets/" + number).json().get("tier").asInt()).isEqualTo(2);
	}

}
