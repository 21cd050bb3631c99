/**
 * Calls on the platform's side: the screen pop that puts the caller's archive in front of the
 * agent whose phone rings, the call log, the customer's recent calls, and click-to-call.
 */
package com.helpdesk.platform.call;
