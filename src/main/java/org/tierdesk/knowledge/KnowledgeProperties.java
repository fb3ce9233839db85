package org.tierdesk.knowledge;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/**
 * Knowledge settings, bound to {@code tierdesk.knowledge.*}.
 *
 * @param indexDir the folder of the embedded search index; {@code temp} gives every start
 * a fresh temporary folder (tests, throw-away demos), rebuilt from the database
 * @param maxQueryLength the longest search text accepted (longer is a bad request)
 * @param indexQueue how this node follows the search index queue (ADR 0010)
 * @param maxAttachmentSize the largest file that can be attached to an article
 */
@ConfigurationProperties("tierdesk.knowledge")
public record KnowledgeProperties(String indexDir, Integer maxQueryLength, IndexQueue indexQueue,
		DataSize maxAttachmentSize) {

	public KnowledgeProperties {
		indexDir = (indexDir != null && !indexDir.isBlank()) ? indexDir.strip() : "./data/search-index";
		maxQueryLength = (maxQueryLength != null) ? maxQueryLength : 1000;
		indexQueue = (indexQueue != null) ? indexQueue : new IndexQueue(null, null, null);
		maxAttachmentSize = (maxAttachmentSize != null) ? maxAttachmentSize : DataSize.ofMegabytes(10);
	}

	/**
	 * @param interval how often the queue is read
	 * @param overlap how far back each read looks again, to catch changes of transactions
	 * that committed late (longer than the longest transaction)
	 * @param retention how long changes stay in the queue; a node that was away longer
	 * re-indexes everything at start
	 */
	public record IndexQueue(Duration interval, Duration overlap, Duration retention) {

		public IndexQueue {
			interval = (interval != null) ? interval : Duration.ofSeconds(1);
			overlap = (overlap != null) ? overlap : Duration.ofMinutes(2);
			retention = (retention != null) ? retention : Duration.ofDays(2);
		}

	}

}
