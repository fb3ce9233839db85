package org.tierdesk.desk;

/**
 * A support tier as others see it: its level (1 = first line) and its name.
 */
public record TierView(long id, int level, String name) {
}
