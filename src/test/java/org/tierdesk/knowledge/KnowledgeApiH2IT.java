package org.tierdesk.knowledge;

import org.tierdesk.support.H2ApplicationTest;

@H2ApplicationTest
class KnowledgeApiH2IT extends KnowledgeApiIntegrationTests {

}
