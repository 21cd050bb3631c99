package com.helpdesk.tenantadmin;

/** Records admin actions in the tenant's audit log; implemented by the platform. */
public interface AdminAuditTrail {

    void record(TenantId tenant, String actor, String action, String target);
}
