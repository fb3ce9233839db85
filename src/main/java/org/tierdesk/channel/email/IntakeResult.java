package org.tierdesk.channel.email;

/**
 * The committed outcome of one received mail: the record kept of it (null for a
 * duplicate) and the ticket it opened or joined, if any.
 */
public record IntakeResult(IntakeOutcome outcome, Long inboundMailId, String ticketNumber, String reason) {
}
