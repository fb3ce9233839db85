package org.tierdesk.desk.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.tierdesk.desk.DepartmentView;
import org.tierdesk.desk.SaveDepartmentCommand;

@Entity
@Table(name = "department")
class Department {

	@Id
	@GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "department_seq")
	@SequenceGenerator(name = "department_seq", sequenceName = "department_seq", allocationSize = 50)
	private Long id;

	private String name;

	private boolean active;

	private boolean confidential;

	@Column(name = "sender_address")
	private String senderAddress;

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

	void update(SaveDepartmentCommand command) {
		update(command.name(), command.active());
		this.confidential = command.confidential();
		this.senderAddress = DeskNames.address(command.senderAddress(), "senderAddress");
	}

	boolean isConfidential() {
		return this.confidential;
	}

	Long getId() {
		return this.id;
	}

	String getName() {
		return this.name;
	}

	DepartmentView toView() {
		return new DepartmentView(this.id, this.name, this.active, this.confidential, this.senderAddress);
	}

}
