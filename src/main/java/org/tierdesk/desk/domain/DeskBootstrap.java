package org.tierdesk.desk.domain;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Component;

/**
 * Gives a new desk its default tiers, department and number format on first start.
 */
@Component
@Order(0)
class DeskBootstrap implements ApplicationRunner {

	private final DeskService desk;

	DeskBootstrap(DeskService desk) {
		this.desk = desk;
	}

	@Override
	public void run(ApplicationArguments args) {
		try {
			this.desk.createDefaultsIfEmpty();
		}
		catch (DataIntegrityViolationException ex) {
			// another node created the defaults at the same moment
		}
	}

}
