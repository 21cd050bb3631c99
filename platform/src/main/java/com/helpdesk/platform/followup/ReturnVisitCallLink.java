package com.helpdesk.platform.followup;

import java.util.UUID;

import org.springframework.stereotype.Component;

import com.helpdesk.platform.call.ReturnVisitCalls;
import com.helpdesk.tenantadmin.TenantId;

/** Lets click-to-call place calls for return visits and link them to the visit. */
@Component
class ReturnVisitCallLink implements ReturnVisitCalls {

    private final ReturnVisits visits;

    ReturnVisitCallLink(ReturnVisits visits) {
        this.visits = visits;
    }

    @Override
    public boolean exists(TenantId tenant, UUID visit) {
        return visits.exists(tenant, visit);
    }

    @Override
    public void placed(TenantId tenant, UUID visit, String linkedId, UUID agent) {
        visits.callPlaced(tenant, visit, linkedId, agent);
    }
}
