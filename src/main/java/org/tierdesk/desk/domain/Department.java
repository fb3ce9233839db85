package org.tierdesk.desk.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.tierdesk.desk.DepartmentView;

@Entity
@Table(name = "department")
class Department {

	@Id
	@GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "department_seq")
	@SequenceGenerator(name = "department_seq", sequenceName = "department_seq", allocationSize = 50)
	private Long id;

	private String name;

	private boolean active;

	@Version
	private long version;

	protected Department() {
	}

	Department(String name) {
		this.name = DeskNames.require(name, "name");
		this.active = true;
	}

	void update(String name, boolean active) {
		this.name = DeskNames.require(name, "name");
		this.active = active;
	}

	Long getId() {
		return this.id;
	}

	String getName() {
		return this.name;
	}

	DepartmentView toView() {
		return new DepartmentView(this.id, this.name, this.active);
	}

}
