package org.tierdesk.channel.email.mailbox.domain;

import org.tierdesk.support.MariaDbApplicationTest;

@MariaDbApplicationTest
class MailboxLeaseMariaDbIT extends MailboxLeaseIntegrationTests {

}
