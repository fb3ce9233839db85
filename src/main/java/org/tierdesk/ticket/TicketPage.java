package org.tierdesk.ticket;

import java.util.List;

/**
 * One page of tickets; {@code hasNext} tells whether another page follows (no total is
 * counted).
 */
public record TicketPage(List<TicketView> items, int page, int size, boolean hasNext) {
}
