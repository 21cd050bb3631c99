package com.helpdesk.platform.realtime;

import java.security.Principal;
import java.util.Objects;
import java.util.UUID;

import com.helpdesk.tenantadmin.TenantId;

/**
 * The staff member of one STOMP session, fixed at CONNECT from the token. The name is the user id,
 * so Spring's user destinations ({@code /user/queue/…}) address one agent on any node.
 *
 * @param supervises a supervisor or vendor admin, who may follow the supervisors' topics
 */
record StompStaff(UUID userId, TenantId tenant, String slug, boolean supervises) implements Principal {

    StompStaff {
        Objects.requireNonNull(userId, "userId");
        Objects.requireNonNull(tenant, "tenant");
        Objects.requireNonNull(slug, "slug");
    }

    @Override
    public String getName() {
        return userId.toString();
    }
}
