package com.helpdesk.platform.dispatch;

import java.time.Instant;
import java.util.UUID;

/** An offer as the desk and the partner see it; {@code acceptanceLate} flags a broken acceptance promise. */
record DispatchView(UUID id, UUID ticketId, UUID partnerId, String status, Instant dispatchedAt, Instant acceptDueAt,
        Instant answeredAt, boolean acceptanceLate, String refusalReason, Instant visitAt, String engineerName,
        Instant checkedInAt) {

    static DispatchView of(Dispatch d, Instant now) {
        return new DispatchView(d.id(), d.ticketId(), d.partnerId(), d.status().value(), d.dispatchedAt(),
                d.acceptDueAt(), d.answeredAt(), d.acceptanceLate(now), d.refusalReason(), d.visitAt(),
                d.engineerName(), d.checkedInAt());
    }
}
