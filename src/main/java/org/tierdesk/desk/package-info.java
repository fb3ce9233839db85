/**
 * How a company sets up its desk: tiers (support levels), departments and the
 * ticket-number format.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = "platform")
package org.tierdesk.desk;
