package org.tierdesk.api;

import org.tierdesk.support.MariaDbApplicationTest;

@MariaDbApplicationTest
class DepartmentAccessMariaDbIT extends DepartmentAccessIntegrationTests {

}
