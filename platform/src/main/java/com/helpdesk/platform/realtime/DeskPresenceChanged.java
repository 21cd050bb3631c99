package com.helpdesk.platform.realtime;

import java.time.Instant;
import java.util.UUID;

import com.helpdesk.tenantadmin.TenantId;

/**
 * A staff member opened the desk (their first live session on any node) or closed it (their last).
 *
 * @param signedIn true when the desk was opened, false when it was closed
 */
public record DeskPresenceChanged(TenantId tenant, UUID userId, boolean signedIn, Instant at) {
}
