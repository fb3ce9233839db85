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

	@Query("select count(m) from InboundMail m where m.sender = :sender and m.receivedAt > :since"
			+ " and m.outcome in :outcomes")
	long countBySenderSince(String sender, Instant since, Collection<IntakeOutcome> outcomes);

	@Query("select m.outcome, count(m) from InboundMail m group by m.outcome")
	List<Object[]> countByOutcome();

}
