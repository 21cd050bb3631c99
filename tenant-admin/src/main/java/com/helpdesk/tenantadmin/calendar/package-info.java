/** Business calendars (opening hours, holidays, make-up days) and the fast business-time calculator on them. */
package com.helpdesk.tenantadmin.calendar;
