package org.tierdesk.knowledge;

/**
 * A category in the tree; {@code depth} is 0 for a top-level one, {@code path} names its
 * ancestors too ("Hardware / Printers").
 */
public record CategoryView(long id, String name, Long parentId, int depth, String path) {
}
