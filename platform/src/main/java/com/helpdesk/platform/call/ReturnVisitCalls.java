package com.helpdesk.platform.call;

import java.util.UUID;

import com.helpdesk.tenantadmin.TenantId;

/**
 * The return visits a callback may be placed for, so that the visit knows its calls (by Linkedid,
 * under which the call log keeps them). Implemented by the follow-up feature.
 */
public interface ReturnVisitCalls {

    /** Whether the tenant has this return visit. */
    boolean exists(TenantId tenant, UUID visit);

    /** The telephone server placed a call for the visit. */
    void placed(TenantId tenant, UUID visit, String linkedId, UUID agent);
}
