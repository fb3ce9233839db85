package org.tierdesk.knowledge;

import org.tierdesk.support.MariaDbApplicationTest;

@MariaDbApplicationTest
class KnowledgeApiMariaDbIT extends KnowledgeApiIntegrationTests {

}
