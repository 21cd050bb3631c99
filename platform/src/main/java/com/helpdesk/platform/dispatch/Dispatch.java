package com.helpdesk.platform.dispatch;

import java.time.Instant;
import java.util.UUID;

/**
 * One offer of a ticket to a partner and what became of it.
 *
 * @param acceptDueAt by when the partner promised to accept and schedule the visit
 * @param visitAt     the visit the partner scheduled when accepting
 */
record Dispatch(UUID id, UUID ticketId, UUID partnerId, DispatchStatus status, Instant dispatchedAt,
        Instant acceptDueAt, Instant answeredAt, String refusalReason, Instant visitAt, String engineerName,
        Instant checkedInAt) {

    /** Whether the partner answered late, or has not answered and is late now. */
    boolean acceptanceLate(Instant now) {
        Instant answered = answeredAt != null ? answeredAt : status == DispatchStatus.OFFERED ? now : null;
        return answered != null && answered.isAfter(acceptDueAt);
    }
}
