package org.tierdesk.api;

import org.tierdesk.support.H2ApplicationTest;

@H2ApplicationTest
class DepartmentAccessH2IT extends DepartmentAccessIntegrationTests {

}
