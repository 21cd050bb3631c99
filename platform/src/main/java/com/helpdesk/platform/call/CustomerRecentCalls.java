package com.helpdesk.platform.call;

import java.util.List;
import java.util.UUID;

import org.springframework.stereotype.Component;

import com.helpdesk.platform.customer.RecentCallsOfCustomer;
import com.helpdesk.tenantadmin.TenantId;

/** Puts the customer's latest calls into the caller archive. */
@Component
class CustomerRecentCalls implements RecentCallsOfCustomer {

    private final CallLog calls;

    CustomerRecentCalls(CallLog calls) {
        this.calls = calls;
    }

    @Override
    public List<CallEntry> recentCalls(TenantId tenant, UUID customer, int limit) {
        return calls.list(tenant, customer, null, null, null, limit);
    }
}
