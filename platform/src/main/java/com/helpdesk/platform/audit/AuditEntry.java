package com.helpdesk.platform.audit;

import java.time.Instant;
import java.util.UUID;

/** One recorded action. {@code details} is JSON text kept as written. */
public record AuditEntry(long id, Instant occurredAt, UUID actorId, String actorName, String action,
        String targetType, String targetId, String requestId) {
}
