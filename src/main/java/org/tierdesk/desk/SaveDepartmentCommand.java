package org.tierdesk.desk;

/**
 * A department as an admin saves it: its name, whether new tickets may use it, whether it
 * is confidential, and the address its mail is sent from (blank for the desk's default).
 */
public record SaveDepartmentCommand(String name, boolean active, boolean confidential, String senderAddress) {
}
