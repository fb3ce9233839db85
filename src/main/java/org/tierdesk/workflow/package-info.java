/**
 * Time-driven rules around tickets: closing resolved tickets after the reopen period (SLA
 * clocks, routing and notifications come later).
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "platform", "ticket" })
package org.tierdesk.workflow;
