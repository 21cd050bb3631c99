package com.helpdesk.tenantadmin.entitlement;

/** How a repair ended. */
public enum RepairOutcome {
    FIXED,
    /** The repair did not cure the fault; these count towards exchange, return or replacement. */
    STILL_FAILING
}
