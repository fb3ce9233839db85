package org.tierdesk.channel.email;

import java.io.InputStream;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

/**
 * The record of received mail, for admins: quarantined and automated mail, the original
 * source of any received mail, and what to do with a kept mail.
 */
public interface InboundMailLog {

	/**
	 * Received mails with one of the outcomes, newest first; one more than asked for
	 * tells there is a next page.
	 */
	List<InboundMailView> list(Set<IntakeOutcome> outcomes, int page, int size);

	Optional<InboundMailView> find(long id);

	/** The mail received as the given ticket message, if it came by mail. */
	Optional<InboundMailView> findByTicketMessage(long ticketMessageId);

	/**
	 * Streams the original source of a received mail to the consumer; false if none is
	 * kept.
	 */
	boolean readRaw(long id, Consumer<InputStream> reader);

	/** Marks a quarantined mail as discarded (its source stays for the record). */
	InboundMailView discard(long id);

	/** How many mails have each outcome (for the admin screens). */
	java.util.Map<IntakeOutcome, Long> counts();

}
