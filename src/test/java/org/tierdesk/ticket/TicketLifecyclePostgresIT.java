package org.tierdesk.ticket;

import org.tierdesk.support.PostgresApplicationTest;

@PostgresApplicationTest
class TicketLifecyclePostgresIT extends TicketLifecycleIntegrationTests {

}
