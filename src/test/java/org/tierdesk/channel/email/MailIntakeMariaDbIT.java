package org.tierdesk.channel.email;

import org.tierdesk.support.MariaDbApplicationTest;

@MariaDbApplicationTest
class MailIntakeMariaDbIT extends MailIntakeIntegrationTests {

}
