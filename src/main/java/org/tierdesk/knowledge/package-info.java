/**
 * Knowledge that Level 1 reuses: articles with translations and versions, search across
 * articles, tickets and their solutions, and the portal's help center.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "platform", "identity", "desk", "ticket" })
package org.tierdesk.knowledge;
