package org.tierdesk.channel.email;

import org.tierdesk.support.H2ApplicationTest;

@H2ApplicationTest
class MailIntakeH2IT extends MailIntakeIntegrationTests {

}
