package org.tierdesk.channel.email.domain;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.tierdesk.channel.email.IntakeOutcome;

interface InboundMailRepository extends JpaRepository<InboundMail, Long> {

	@Query("select m from InboundMail m where m.outcome in :outcomes order by m.receivedAt desc, m.id desc")
	List<InboundMail> findByOutcomes(Collection<IntakeOutcome> outcomes, Pageable page);

	Optional<InboundMail> findFirstByTicketMessageId(Long ticketMessageId);

	Optional<InboundMail> findFirstByMessageKeyOrderByIdAsc(String messageKey);

	/**
	 * Mails from a sender since a moment with one of two outcomes. Two single parameters
	 * rather than a collection: Hibernate translates a query with a collection parameter
	 * anew on every call, and this one runs for every mail (docs/performance.md, "Mail
	 * ingestion").
	 */
	@Query("select count(m) from InboundMail m where m.sender = :sender and m.receivedAt > :since"
			+ " and (m.outcome = :outcome or m.outcome = :otherOutcome)")
	long countBySenderSince(String sender, Instant since, IntakeOutcome outcome, IntakeOutcome otherOutcome);

	@Query("select m.outcome, count(m) from InboundMail m group by m.outcome")
	List<Object[]> countByOutcome();

}
