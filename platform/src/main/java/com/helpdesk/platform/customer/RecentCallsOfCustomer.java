package com.helpdesk.platform.customer;

import java.util.List;
import java.util.UUID;

import com.helpdesk.tenantadmin.TenantId;

/** The customer's latest calls for the caller archive; the call log implements it. */
public interface RecentCallsOfCustomer {

    /** Newest first, at most {@code limit}; each element is serialised as it is into the archive. */
    List<?> recentCalls(TenantId tenant, UUID customer, int limit);
}
