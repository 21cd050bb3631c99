/**
 * Dispatch of on-site work to service partners (服务网点派工): the desk offers a ticket to the
 * partner covering the customer's region, the partner's people accept (scheduling the visit within
 * the partner's own target) or refuse in their app, and the engineer checks in on site, which
 * meets the ticket's on-site promise.
 */
package com.helpdesk.platform.dispatch;
