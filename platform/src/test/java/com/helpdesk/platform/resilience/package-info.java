/** Fault tests: the platform's services fail under load, and nothing a user was told is saved gets lost. */
package com.helpdesk.platform.resilience;
