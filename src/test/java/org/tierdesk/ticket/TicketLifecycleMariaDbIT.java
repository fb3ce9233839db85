package org.tierdesk.ticket;

import org.tierdesk.support.MariaDbApplicationTest;

@MariaDbApplicationTest
class TicketLifecycleMariaDbIT extends TicketLifecycleIntegrationTests {

}
