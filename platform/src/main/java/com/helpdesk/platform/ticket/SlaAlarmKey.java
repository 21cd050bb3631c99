package com.helpdesk.platform.ticket;

import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

import com.helpdesk.tenantadmin.TenantId;

/**
 * Names a ticket's one alarm in the scheduler's table as {@code <tenant>:<ticket>}. The id carries
 * all the task needs, so no task data is stored and nothing has to be deserialized.
 */
record SlaAlarmKey(TenantId tenant, UUID ticket) {

    SlaAlarmKey {
        Objects.requireNonNull(tenant, "tenant");
        Objects.requireNonNull(ticket, "ticket");
    }

    String id() {
        return tenant.value() + ":" + ticket;
    }

    /** Empty for an id this code did not write. */
    static Optional<SlaAlarmKey> parse(String id) {
        int colon = id == null ? -1 : id.indexOf(':');
        if (colon < 0) {
            return Optional.empty();
        }
        try {
            return Optional.of(new SlaAlarmKey(TenantId.of(id.substring(0, colon)),
                    UUID.fromString(id.substring(colon + 1))));
        }
        catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
