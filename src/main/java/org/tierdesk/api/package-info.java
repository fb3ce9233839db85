/**
 * The versioned REST API under {@code /api/v1}: a facade over the module APIs, with RFC
 * 9457 problem details.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "platform", "desk", "identity", "ticket" })
package org.tierdesk.api;
