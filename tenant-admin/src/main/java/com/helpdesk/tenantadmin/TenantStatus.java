package com.helpdesk.tenantadmin;

/** A suspended tenant keeps its data but its staff can no longer work in it. */
public enum TenantStatus {
    ACTIVE, SUSPENDED
}
