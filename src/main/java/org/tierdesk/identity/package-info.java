/**
 * Users (agents, admins, customers), roles, login and personal API tokens.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "platform", "desk" })
package org.tierdesk.identity;
