package org.tierdesk.api;

import org.tierdesk.support.MariaDbApplicationTest;

@MariaDbApplicationTest
class CustomFieldMariaDbIT extends CustomFieldIntegrationTests {

}
