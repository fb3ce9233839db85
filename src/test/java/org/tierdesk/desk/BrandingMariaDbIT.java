package org.tierdesk.desk;

import org.tierdesk.support.MariaDbApplicationTest;

@MariaDbApplicationTest
class BrandingMariaDbIT extends BrandingIntegrationTests {

}
