package org.tierdesk.api;

import org.tierdesk.support.PostgresApplicationTest;

@PostgresApplicationTest
class DepartmentAccessPostgresIT extends DepartmentAccessIntegrationTests {

}
