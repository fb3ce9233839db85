package org.tierdesk.desk;

/**
 * A department a ticket belongs to.
 */
public record DepartmentView(long id, String name, boolean active) {
}
