package org.tierdesk.desk;

import org.tierdesk.support.H2ApplicationTest;

@H2ApplicationTest
class BrandingH2IT extends BrandingIntegrationTests {

}
