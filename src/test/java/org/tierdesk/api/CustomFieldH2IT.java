package org.tierdesk.api;

import org.tierdesk.support.H2ApplicationTest;

@H2ApplicationTest
class CustomFieldH2IT extends CustomFieldIntegrationTests {

}
