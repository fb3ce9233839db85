package org.tierdesk.channel.email.mailbox.domain;

import org.tierdesk.support.H2ApplicationTest;

@H2ApplicationTest
class MailboxLeaseH2IT extends MailboxLeaseIntegrationTests {

}
