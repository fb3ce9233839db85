package org.tierdesk.channel.email.mailbox.domain;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;
import org.springframework.transaction.annotation.Transactional;
import org.tierdesk.channel.email.mailbox.MailProtocol;
import org.tierdesk.channel.email.mailbox.MailboxProblem;

/**
 * Mailboxes, and the poll status and leases, written with bulk updates that commit at
 * once and leave the version (and so an admin's edit) alone.
 */
interface MailboxRepository extends JpaRepository<Mailbox, Long> {

	List<Mailbox> findAllByOrderByNameAsc();

	Optional<Mailbox> findByNameIgnoreCase(String name);

	Optional<Mailbox> findBySupportAddress(String supportAddress);

	Optional<Mailbox> findBySupportAddressAndEnabledTrue(String supportAddress);

	@Query("select m.supportAddress from Mailbox m where m.enabled = true order by m.supportAddress")
	List<String> findEnabledSupportAddresses();

	/** Enabled, polled mailboxes whose time has come and that no node holds. */
	@Query("""
			select m.id from Mailbox m
			where m.enabled = true and m.protocol <> :direct
			  and (m.nextPollAt is null or m.nextPollAt <= :now)
			  and (m.leaseUntil is null or m.leaseUntil < :now)
			order by m.nextPollAt, m.id""")
	List<Long> findDue(@Param("now") Instant now, @Param("direct") MailProtocol direct, Limit limit);

	/**
	 * Takes the lease if it is free, ran out, or is this owner's already; 1 if taken.
	 */
	@Transactional
	@Modifying(flushAutomatically = true, clearAutomatically = true)
	@Query("""
			update Mailbox m set m.leaseOwner = :owner, m.leaseUntil = :until
			where m.id = :id and m.enabled = true
			  and (m.leaseUntil is null or m.leaseUntil < :now or m.leaseOwner = :owner)""")
	int acquireLease(@Param("id") long id, @Param("owner") String owner, @Param("now") Instant now,
			@Param("until") Instant until);

	/** Extends this owner's lease; 0 if another node took it meanwhile. */
	@Transactional
	@Modifying(clearAutomatically = true)
	@Query("update Mailbox m set m.leaseUntil = :until where m.id = :id and m.leaseOwner = :owner")
	int renewLease(@Param("id") long id, @Param("owner") String owner, @Param("until") Instant until);

	@Transactional
	@Modifying(clearAutomatically = true)
	@Query("update Mailbox m set m.leaseOwner = null, m.leaseUntil = null where m.id = :id and m.leaseOwner = :owner")
	int releaseLease(@Param("id") long id, @Param("owner") String owner);

	@Transactional
	@Modifying(clearAutomatically = true)
	@Query("""
			update Mailbox m set m.lastPollAt = :now, m.lastSuccessAt = :now, m.nextPollAt = :next,
			  m.lastPollCount = :count, m.receivedCount = m.receivedCount + :count
			where m.id = :id""")
	int recordSuccess(@Param("id") long id, @Param("now") Instant now, @Param("next") Instant next,
			@Param("count") int count);

	@Transactional
	@Modifying(clearAutomatically = true)
	@Query("""
			update Mailbox m set m.lastPollAt = :now, m.nextPollAt = :next, m.lastPollCount = :count,
			  m.receivedCount = m.receivedCount + :count,
			  m.lastError = :problem, m.lastErrorDetail = :detail, m.lastErrorAt = :now
			where m.id = :id""")
	int recordFailure(@Param("id") long id, @Param("now") Instant now, @Param("next") Instant next,
			@Param("count") int count, @Param("problem") MailboxProblem problem, @Param("detail") String detail);

	@Transactional
	@Modifying(clearAutomatically = true)
	@Query("update Mailbox m set m.nextPollAt = null where m.id = :id")
	int requestPoll(@Param("id") long id);

	/**
	 * Stores a renewed access token (and a rotated refresh token) without touching the
	 * version an admin's form holds, like the poll status.
	 */
	@Transactional
	@Modifying(clearAutomatically = true)
	@Query("""
			update Mailbox m set m.secret = :token, m.secretExpiresAt = :expiresAt,
			  m.oauthRefreshToken = coalesce(:refreshToken, m.oauthRefreshToken)
			where m.id = :id and m.oauthTokenUrl = :tokenUrl and m.oauthClientId = :clientId""")
	int storeRenewedToken(@Param("id") long id, @Param("tokenUrl") String tokenUrl, @Param("clientId") String clientId,
			@Param("token") String token, @Param("expiresAt") Instant expiresAt,
			@Param("refreshToken") String refreshToken);

}
