package org.tierdesk.knowledge.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * A node of the category tree; its parent is another category or none.
 */
@Entity
@Table(name = "knowledge_category")
class Category {

	@Id
	@GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "knowledge_category_seq")
	@SequenceGenerator(name = "knowledge_category_seq", sequenceName = "knowledge_category_seq", allocationSize = 50)
	private Long id;

	private String name;

	@Column(name = "parent_id")
	private Long parentId;

	private int position;

	@Version
	private long version;

	protected Category() {
	}

	Category(String name, Long parentId, int position) {
		this.name = name;
		this.parentId = parentId;
		this.position = position;
	}

	Long getId() {
		return this.id;
	}

	String getName() {
		return this.name;
	}

	Long getParentId() {
		return this.parentId;
	}

	int getPosition() {
		return this.position;
	}

}
