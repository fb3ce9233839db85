package org.tierdesk.knowledge.domain;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.tierdesk.knowledge.domain.KnowledgeSearchConfiguration.IndexFolder;

/**
 * The version of the index mapping that this node's index folder was built with, kept in
 * a file beside the index. Lucene has no schema to validate: documents written with an
 * older mapping simply lack the newer fields, so an index of an older version is
 * re-indexed at start ({@link IndexBootstrap}).
 */
@Component
class IndexMappingVersion {

	/**
	 * Raise this whenever a change of the mapping (fields, their options, analyzers)
	 * needs the documents written again. 2: stored fields for the result lists (search
	 * answers without loading entities).
	 */
	static final int CURRENT = 2;

	static final String FILE = "tierdesk-index-mapping.version";

	private static final Logger log = LoggerFactory.getLogger(IndexMappingVersion.class);

	private final Path file;

	IndexMappingVersion(IndexFolder folder) {
		this.file = folder.root().resolve(FILE);
	}

	/** The version the index was built with; 1 when unknown (before the file existed). */
	int indexed() {
		try {
			return Files.exists(this.file)
					? Integer.parseInt(Files.readString(this.file, StandardCharsets.UTF_8).strip()) : 1;
		}
		catch (IOException | NumberFormatException ex) {
			log.warn("Unreadable search index mapping version in {}; re-indexing", this.file);
			return 1;
		}
	}

	boolean isCurrent() {
		return indexed() == CURRENT;
	}

	/** Records that every document of the index has the current mapping. */
	void markCurrent() {
		try {
			Files.createDirectories(this.file.getParent());
			Path temp = this.file.resolveSibling(FILE + ".tmp");
			Files.writeString(temp, Integer.toString(CURRENT), StandardCharsets.UTF_8);
			Files.move(temp, this.file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
		}
		catch (IOException ex) {
			log.warn("Could not save the search index mapping version in {}", this.file, ex);
		}
	}

}
