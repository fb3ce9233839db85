/**
 * Optional demo data (TIERDESK_DEMO=true): sample agents, customers and tickets at every
 * tier on a fresh desk.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "platform", "desk", "identity", "ticket" })
package org.tierdesk.demo;
