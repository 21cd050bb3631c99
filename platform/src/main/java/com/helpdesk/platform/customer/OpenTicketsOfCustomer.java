package com.helpdesk.platform.customer;

import java.util.List;
import java.util.UUID;

import com.helpdesk.tenantadmin.TenantId;

/**
 * The customer's tickets still under repair, with their clocks, for the caller archive. Tickets
 * depend on customers, not the reverse: the ticket feature implements this.
 */
public interface OpenTicketsOfCustomer {

    /** Newest first, at most {@code limit}; each element is serialised as it is into the archive. */
    List<?> openTickets(TenantId tenant, UUID customer, int limit);
}
