package org.tierdesk.platform;

import java.util.HashMap;
import java.util.Map;

import java.sql.DatabaseMetaData;

import javax.sql.DataSource;

import org.springframework.boot.flyway.autoconfigure.FlywayConfigurationCustomizer;
import org.springframework.boot.jdbc.DatabaseDriver;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.support.JdbcUtils;
import org.springframework.jdbc.support.MetaDataAccessException;

/**
 * Lets one portable migration use the right column types on H2, PostgreSQL and MariaDB.
 */
@Configuration(proxyBeanMethods = false)
class FlywayVendorPlaceholders {

	@Bean
	FlywayConfigurationCustomizer vendorPlaceholders(DataSource dataSource) {
		return configuration -> {
			Map<String, String> placeholders = new HashMap<>(configuration.getPlaceholders());
			placeholders.putAll(placeholdersFor(DatabaseVendor.of(dataSource)));
			configuration.placeholders(placeholders);
		};
	}

	static Map<String, String> placeholdersFor(DatabaseVendor vendor) {
		return switch (vendor) {
			case POSTGRESQL -> Map.of("timestamp", "timestamp(6) with time zone", "long_text", "text", "blob", "bytea");
			case MARIADB -> Map.of("timestamp", "datetime(6)", "long_text", "longtext", "blob", "longblob");
			case H2 -> Map.of("timestamp", "timestamp(6) with time zone", "long_text", "character large object", "blob",
					"binary large object");
		};
	}

	/** The databases Tierdesk supports. */
	enum DatabaseVendor {

		H2, POSTGRESQL, MARIADB;

		static DatabaseVendor of(DataSource dataSource) {
			DatabaseDriver driver;
			try {
				driver = DatabaseDriver.fromProductName(
						JdbcUtils.extractDatabaseMetaData(dataSource, DatabaseMetaData::getDatabaseProductName));
			}
			catch (MetaDataAccessException ex) {
				throw new IllegalStateException("Cannot tell which database this is", ex);
			}
			return switch (driver) {
				case POSTGRESQL -> POSTGRESQL;
				case MARIADB, MYSQL -> MARIADB;
				case H2 -> H2;
				default -> throw new IllegalStateException(
						"Unsupported database: " + driver + ". Tierdesk runs on H2, PostgreSQL and MariaDB/MySQL.");
			};
		}

	}

}
