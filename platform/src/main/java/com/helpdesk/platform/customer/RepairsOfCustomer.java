package com.helpdesk.platform.customer;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import com.helpdesk.tenantadmin.TenantId;

/**
 * The service ledger (维修服务台帐) of a customer's devices: every recorded repair with its fault
 * code, for the repeated-failure rules of the caller archive. Tickets depend on customers, not the
 * reverse: the ticket feature implements this.
 */
public interface RepairsOfCustomer {

    /** The repairs of the customer's devices that name a fault code, oldest first; called inside the tenant's transaction. */
    List<RecordedRepair> repairs(TenantId tenant, UUID customer);

    /**
     * One resolved repair of a device.
     *
     * @param faultCode  the vendor's fault code, lower case, never empty
     * @param repairedAt when the resolution was recorded
     */
    record RecordedRepair(UUID deviceId, UUID ticketId, long ticketNumber, String faultCode, Instant repairedAt) {
    }
}
