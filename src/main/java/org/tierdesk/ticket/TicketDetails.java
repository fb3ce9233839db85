package org.tierdesk.ticket;

import java.util.List;

/**
 * A ticket with its whole conversation and history.
 */
public record TicketDetails(TicketView ticket, List<MessageView> messages, List<HistoryView> history) {
}
