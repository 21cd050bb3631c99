package com.helpdesk.tenantadmin;

import java.util.Objects;
import java.util.UUID;

/**
 * Identifies one vendor on the platform. Every tenant-owned row, event and port call carries one;
 * it is resolved once at the edge (token, DID) from trusted data and never taken from a client's body.
 */
public record TenantId(UUID value) {

    public TenantId {
        Objects.requireNonNull(value, "tenant id");
    }

    public static TenantId of(String value) {
        return new TenantId(UUID.fromString(value));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
