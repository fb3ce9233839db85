package org.tierdesk.knowledge;

import org.tierdesk.support.PostgresApplicationTest;

@PostgresApplicationTest
class KnowledgeApiPostgresIT extends KnowledgeApiIntegrationTests {

}
