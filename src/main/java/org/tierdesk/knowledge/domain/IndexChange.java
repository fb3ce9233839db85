package org.tierdesk.knowledge.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/**
 * One change of an indexed aggregate, written in the transaction that made it: every node
 * re-indexes what it names (see {@link IndexQueue}). The database sets the time.
 */
@Entity
@Table(name = "search_index_queue")
class IndexChange {

	static final String ARTICLE = "article";

	static final String TICKET = "ticket";

	@Id
	@GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "search_index_queue_seq")
	@SequenceGenerator(name = "search_index_queue_seq", sequenceName = "search_index_queue_seq", allocationSize = 50)
	private Long id;

	@Column(name = "entity_type")
	private String entityType;

	@Column(name = "entity_id")
	private long entityId;

	protected IndexChange() {
	}

	IndexChange(String entityType, long entityId) {
		this.entityType = entityType;
		this.entityId = entityId;
	}

	Long getId() {
		return this.id;
	}

}
