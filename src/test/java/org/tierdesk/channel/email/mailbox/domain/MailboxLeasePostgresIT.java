package org.tierdesk.channel.email.mailbox.domain;

import org.tierdesk.support.PostgresApplicationTest;

@PostgresApplicationTest
class MailboxLeasePostgresIT extends MailboxLeaseIntegrationTests {

}
