package org.tierdesk.ticket;

import org.tierdesk.support.H2ApplicationTest;

@H2ApplicationTest
class TicketLifecycleH2IT extends TicketLifecycleIntegrationTests {

}
