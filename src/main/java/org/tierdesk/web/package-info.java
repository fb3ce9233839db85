/**
 * The UI shell: layouts, navigation, languages, error pages and the sign-in page.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "platform", "identity", "desk" })
package org.tierdesk.web;
