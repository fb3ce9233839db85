package org.tierdesk.ticket;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/**
 * Ticket settings, bound to {@code tierdesk.ticket.*}.
 *
 * @param reopenPeriod how long after resolution a customer reply reopens the ticket;
 * after it the ticket closes
 * @param maxAttachmentSize the largest file accepted
 * @param maxAttachments the most files on one message
 */
@ConfigurationProperties("tierdesk.ticket")
public record TicketProperties(Duration reopenPeriod, DataSize maxAttachmentSize, Integer maxAttachments) {

	public TicketProperties {
		reopenPeriod = (reopenPeriod != null) ? reopenPeriod : Duration.ofDays(14);
		maxAttachmentSize = (maxAttachmentSize != null) ? maxAttachmentSize : DataSize.ofMegabytes(10);
		maxAttachments = (maxAttachments != null) ? maxAttachments : 10;
	}

}
