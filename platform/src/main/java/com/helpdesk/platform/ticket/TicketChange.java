package com.helpdesk.platform.ticket;

import java.time.Instant;
import java.util.UUID;

/**
 * What agents' browsers are told when a ticket changes, on {@code /topic/tenants/{slug}/tickets}
 * and the assignee's {@code /user/queue/tickets}: enough to update a list row, with the change's
 * name ({@code opened}, {@code status}, {@code clock-warning}…) to decide whether to alert.
 */
public record TicketChange(String change, UUID id, long number, String status, int severity, UUID assigneeId,
        UUID partnerId, String escalationTier, int version, Instant at, String detail) {

    static TicketChange of(String change, Ticket t, Instant at, String detail) {
        return new TicketChange(change, t.id(), t.number(), t.status().value(), t.severity(), t.assigneeId(),
                t.partnerId(), t.escalationTier(), t.version(), at, detail);
    }
}
