package com.helpdesk.platform.audit;

import org.springframework.stereotype.Component;

import com.helpdesk.tenantadmin.AdminAuditTrail;
import com.helpdesk.tenantadmin.TenantId;

/** Admin actions of the tenant-admin module go to the same audit log as everything else. */
@Component
class AuditTrailAdapter implements AdminAuditTrail {

    private final AuditLog audit;

    AuditTrailAdapter(AuditLog audit) {
        this.audit = audit;
    }

    @Override
    public void record(TenantId tenant, String actor, String action, String target) {
        audit.record(tenant, actor, action, "tenant", target);
    }
}
