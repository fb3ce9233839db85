/**
 * Intake and delivery channels: the customer portal now, e-mail later.
 */
@org.springframework.modulith.ApplicationModule(
		allowedDependencies = { "platform", "ticket", "identity", "desk", "web" })
package org.tierdesk.channel;
