package org.tierdesk.ticket.domain;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface TicketRepository extends JpaRepository<Ticket, Long> {

	Optional<Ticket> findByNumber(String number);

	Optional<Ticket> findByAccessToken(String accessToken);

	@Query("select t.number from Ticket t where t.status = org.tierdesk.ticket.TicketStatus.RESOLVED "
			+ "and t.resolvedAt < :cutoff order by t.resolvedAt")
	List<String> findResolvedBefore(Instant cutoff, Pageable page);

}

interface TicketMessageRepository extends JpaRepository<TicketMessage, Long> {

	List<TicketMessage> findByTicketIdOrderByCreatedAtAscIdAsc(long ticketId);

}

interface TicketHistoryRepository extends JpaRepository<TicketHistoryEntry, Long> {

	List<TicketHistoryEntry> findByTicketIdOrderByCreatedAtAscIdAsc(long ticketId);

}

interface AttachmentRepository extends JpaRepository<Attachment, Long> {

	List<Attachment> findByTicketIdOrderByIdAsc(long ticketId);

	List<Attachment> findByMessageIdIn(Collection<Long> messageIds);

}

interface TicketFieldValueRepository extends JpaRepository<TicketFieldValue, TicketFieldValue.Key> {

	@Query("select v from TicketFieldValue v where v.id.ticketId = :ticketId order by v.id.fieldId, v.id.position")
	List<TicketFieldValue> findByTicket(long ticketId);

	@Query("select v from TicketFieldValue v where v.id.ticketId in :ticketIds order by v.id.ticketId, v.id.fieldId, v.id.position")
	List<TicketFieldValue> findByTickets(Collection<Long> ticketIds);

}
