package com.helpdesk.tenantadmin.terms;

/** After every resolved repair request, a return-visit call (回访) within this many days. */
public record ReturnVisitRule(int withinDays) {
}
