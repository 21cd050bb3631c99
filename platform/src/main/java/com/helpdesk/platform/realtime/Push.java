package com.helpdesk.platform.realtime;

import java.util.Objects;
import java.util.UUID;

import tools.jackson.databind.JsonNode;

import com.helpdesk.tenantadmin.TenantId;

/**
 * One push as it travels between nodes on the Redis channel of its tenant. {@code user} is null
 * for a tenant-wide topic; {@code destination} is the broker destination ({@code /topic/tenants/…}
 * or, for a user, {@code /queue/…}). {@code origin} names the node that sent it, which delivered it
 * to its own sessions already; null from a node that predates it (every node then delivers it).
 */
record Push(UUID tenant, String slug, UUID user, String destination, JsonNode payload, String origin) {

    static final String CHANNEL_PREFIX = "helpdesk:push:";
    static final String CHANNEL_PATTERN = CHANNEL_PREFIX + "*";

    Push {
        Objects.requireNonNull(tenant, "tenant");
        Objects.requireNonNull(slug, "slug");
        Objects.requireNonNull(destination, "destination");
        Objects.requireNonNull(payload, "payload");
    }

    static String channelOf(TenantId tenant) {
        return CHANNEL_PREFIX + tenant.value();
    }

    TenantId tenantId() {
        return new TenantId(tenant);
    }

    String channel() {
        return channelOf(tenantId());
    }

    /** A push read from Redis must match its channel and stay inside its tenant's destinations. */
    boolean consistentWith(String channel) {
        boolean destinationFits = user == null
                ? destination.startsWith(Destinations.TENANT_TOPICS + slug + "/")
                : destination.startsWith(Destinations.QUEUES);
        return channel().equals(channel) && destinationFits;
    }
}
