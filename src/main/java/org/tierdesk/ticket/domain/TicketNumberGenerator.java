package org.tierdesk.ticket.domain;

import jakarta.persistence.EntityManager;

import org.hibernate.Session;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.springframework.stereotype.Component;

/**
 * Takes the next ticket counter from a database sequence: unique across threads and
 * nodes, never reused, and without a lock that every new ticket would wait for.
 */
@Component
class TicketNumberGenerator {

	static final String SEQUENCE = "ticket_number_seq";

	private final EntityManager entityManager;

	TicketNumberGenerator(EntityManager entityManager) {
		this.entityManager = entityManager;
	}

	long next() {
		SessionFactoryImplementor factory = this.entityManager.unwrap(Session.class)
			.getSessionFactory()
			.unwrap(SessionFactoryImplementor.class);
		String sql = factory.getJdbcServices().getDialect().getSequenceSupport().getSequenceNextValString(SEQUENCE);
		return ((Number) this.entityManager.createNativeQuery(sql).getSingleResult()).longValue();
	}

}
