package com.helpdesk.platform.dispatch;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

import com.helpdesk.tenantadmin.TenantId;

/**
 * A ticket was offered to a service partner, which must accept it by {@code acceptDueAt}.
 * Published in the offer's transaction through the event publication registry.
 */
public record DispatchOffered(TenantId tenantId, UUID dispatchId, UUID ticketId, long ticketNumber, String problem,
        UUID partnerId, String partnerName, Instant acceptDueAt) {

    public DispatchOffered {
        Objects.requireNonNull(tenantId, "tenantId");
        Objects.requireNonNull(dispatchId, "dispatchId");
        Objects.requireNonNull(partnerId, "partnerId");
        Objects.requireNonNull(acceptDueAt, "acceptDueAt");
    }
}
