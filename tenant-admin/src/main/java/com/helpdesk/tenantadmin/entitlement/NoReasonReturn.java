package com.helpdesk.tenantadmin.entitlement;

/** Unused goods may be returned without a reason up to day {@code withinDays} (purchase date is day 1). */
public record NoReasonReturn(int withinDays) {
}
