/** Warranty policies per product line: when cover starts, how long each component is covered, what is charged after. */
package com.helpdesk.tenantadmin.warranty;
