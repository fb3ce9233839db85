/**
 * The ticket aggregate: number, lifecycle, messages, tier and escalation, solution
 * documentation and history.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "platform", "desk", "identity" })
package org.tierdesk.ticket;
