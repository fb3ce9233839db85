/**
 * How a company sets up its desk: tiers (support levels), departments, the ticket-number
 * format, custom field definitions, branding and admins' own texts.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = "platform")
package org.tierdesk.desk;
