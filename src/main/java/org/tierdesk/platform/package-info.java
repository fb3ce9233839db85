/**
 * Shared infrastructure every module may use: database vendor handling, clock, common
 * errors.
 */
@org.springframework.modulith.ApplicationModule(type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package org.tierdesk.platform;
