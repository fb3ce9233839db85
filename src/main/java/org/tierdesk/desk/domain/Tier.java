package org.tierdesk.desk.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.tierdesk.desk.TierView;

@Entity
@Table(name = "tier")
class Tier {

	@Id
	@GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "tier_seq")
	@SequenceGenerator(name = "tier_seq", sequenceName = "tier_seq", allocationSize = 50)
	private Long id;

	private String name;

	private int position;

	@Version
	private long version;

	protected Tier() {
	}

	Tier(String name, int position) {
		this.name = DeskNames.require(name, "name");
		this.position = position;
	}

	void rename(String name) {
		this.name = DeskNames.require(name, "name");
	}

	void moveTo(int position) {
		this.position = position;
	}

	Long getId() {
		return this.id;
	}

	int getPosition() {
		return this.position;
	}

	TierView toView(int level) {
		return new TierView(this.id, level, this.name);
	}

}
