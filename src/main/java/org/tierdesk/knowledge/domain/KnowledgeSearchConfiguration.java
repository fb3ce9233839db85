package org.tierdesk.knowledge.domain;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.hibernate.autoconfigure.HibernatePropertiesCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.util.FileSystemUtils;
import org.tierdesk.knowledge.KnowledgeProperties;

/**
 * Hibernate Search with the embedded Lucene backend: the index folder and the analyzers.
 * Any {@code spring.jpa.properties.hibernate.search.*} setting still overrides these (an
 * Elasticsearch backend, for example, see docs/knowledge.md).
 */
@Configuration(proxyBeanMethods = false)
class KnowledgeSearchConfiguration {

	private static final Logger log = LoggerFactory.getLogger(KnowledgeSearchConfiguration.class);

	@Bean
	IndexFolder searchIndexFolder(KnowledgeProperties properties) {
		return new IndexFolder(indexRoot(properties.indexDir()));
	}

	@Bean
	HibernatePropertiesCustomizer knowledgeSearchProperties(IndexFolder folder) {
		Path root = folder.root();
		return (settings) -> {
			settings.putIfAbsent("hibernate.search.backend.directory.root", root.toString());
			// the index format of this Lucene line; after a Lucene upgrade, rebuild the
			// index
			settings.putIfAbsent("hibernate.search.backend.lucene_version", "9.12");
			settings.putIfAbsent("hibernate.search.backend.analysis.configurer",
					"class:" + KnowledgeAnalysisConfigurer.class.getName());
			// a committed change is searchable when the request that made it returns
			settings.putIfAbsent("hibernate.search.indexing.plan.synchronization.strategy", "write-sync");
			// the schema is created when missing and left alone otherwise; a rebuild
			// fills it
			settings.putIfAbsent("hibernate.search.schema_management.strategy", "create-or-validate");
		};
	}

	static Path indexRoot(String configured) {
		if (!"temp".equals(configured)) {
			return Path.of(configured).toAbsolutePath();
		}
		try {
			Path temp = Files.createTempDirectory("tierdesk-index-");
			Runtime.getRuntime().addShutdownHook(new Thread(() -> {
				try {
					FileSystemUtils.deleteRecursively(temp);
				}
				catch (IOException ex) {
					log.debug("Could not delete {}", temp, ex);
				}
			}));
			return temp;
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not create a temporary search index folder", ex);
		}
	}

	/** The folder of this node's embedded index (and of its queue position). */
	record IndexFolder(Path root) {
	}

}
