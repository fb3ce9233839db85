package org.tierdesk.channel.email;

import org.tierdesk.support.PostgresApplicationTest;

@PostgresApplicationTest
class MailIntakePostgresIT extends MailIntakeIntegrationTests {

}
