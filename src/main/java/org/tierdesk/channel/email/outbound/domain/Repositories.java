package org.tierdesk.channel.email.outbound.domain;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.transaction.annotation.Transactional;
import org.tierdesk.channel.email.outbound.OutboundMailKind;
import org.tierdesk.channel.email.outbound.OutboundMailStatus;

interface OutboundMailRepository extends JpaRepository<OutboundMail, Long> {

	boolean existsByEventKey(String eventKey);

	List<OutboundMail> findByStatusOrderByCreatedAtDescIdDesc(OutboundMailStatus status, Pageable page);

	List<OutboundMail> findAllByOrderByCreatedAtDescIdDesc(Pageable page);

	long countByStatus(OutboundMailStatus status);

	/**
	 * Pending mail that is due and not claimed by a node that is still within its time.
	 */
	@Query("select m.id from OutboundMail m where m.status = org.tierdesk.channel.email.outbound.OutboundMailStatus.PENDING"
			+ " and m.nextAttemptAt <= :now and (m.claimedUntil is null or m.claimedUntil < :now)"
			+ " order by m.nextAttemptAt, m.id")
	List<Long> findDue(Instant now, Pageable page);

	/**
	 * Claims one due mail for a node; one atomic update, so of two nodes trying at once
	 * exactly one gets 1 back.
	 */
	@Modifying
	@Transactional
	@Query("update OutboundMail m set m.claimedBy = :node, m.claimedUntil = :until, m.version = m.version + 1"
			+ " where m.id = :id and m.status = org.tierdesk.channel.email.outbound.OutboundMailStatus.PENDING"
			+ " and m.nextAttemptAt <= :now and (m.claimedUntil is null or m.claimedUntil < :now)")
	int claim(long id, String node, Instant now, Instant until);

}

interface MailTemplateRepository extends JpaRepository<MailTemplate, Long> {

	Optional<MailTemplate> findByKindAndLanguage(OutboundMailKind kind, String language);

	List<MailTemplate> findAllByOrderByKindAscLanguageAsc();

}
