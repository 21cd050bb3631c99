package com.helpdesk.platform.followup;

import java.time.Instant;
import java.util.UUID;

/**
 * A return visit as the worklist shows it.
 *
 * @param callBy  when to call: the next attempt after a miss, else the due time
 * @param overdue still open and past its due time: the vendor's promise is broken
 */
record ReturnVisitView(UUID id, UUID ticketId, long ticketNumber, Instant resolvedAt, UUID customerId,
        String callerName, String callerPhone, boolean keyCustomer, String engineerName, UUID partnerId, Instant dueAt,
        Instant callBy, boolean overdue, String status, int attempts, Instant nextAttemptAt, String note,
        Instant visitedAt, int version) {

    static ReturnVisitView of(ReturnVisit v, Instant now) {
        return new ReturnVisitView(v.id(), v.ticketId(), v.ticketNumber(), v.resolvedAt(), v.customerId(),
                v.callerName(), v.callerPhone(), v.keyCustomer(), v.engineerName(), v.partnerId(), v.dueAt(),
                v.callBy(), v.status().open() && now.isAfter(v.dueAt()), v.status().value(), v.attempts(),
                v.nextAttemptAt(), v.note(), v.visitedAt(), v.version());
    }
}
