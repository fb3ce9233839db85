package org.tierdesk.desk;

import org.tierdesk.support.PostgresApplicationTest;

@PostgresApplicationTest
class BrandingPostgresIT extends BrandingIntegrationTests {

}
