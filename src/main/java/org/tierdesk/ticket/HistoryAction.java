package org.tierdesk.ticket;

/**
 * The kinds of change recorded in a ticket's history.
 */
public enum HistoryAction {

	CREATED, REPLIED, NOTE_ADDED, CUSTOMER_REPLIED, STATUS_CHANGED, PRIORITY_CHANGED, ASSIGNED, DEPARTMENT_CHANGED,
	ESCALATED, SENT_BACK, RESOLVED, REOPENED, CLOSED, FIELD_CHANGED

}
