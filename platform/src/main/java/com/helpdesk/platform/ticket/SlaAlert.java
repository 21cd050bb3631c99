package com.helpdesk.platform.ticket;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * What agents' browsers are told when a clock warns, breaches or escalates a ticket, on
 * {@code /topic/tenants/{slug}/alerts} and the assignee's {@code /user/queue/alerts}.
 *
 * @param kind       {@code warning}, {@code breach} or {@code escalation}
 * @param clockKind  {@code first-response}, {@code escalation}, {@code restore}, {@code on-site}…
 * @param clockName  the escalation tier, on-site zone or extra's name; empty for the others
 * @param dueAt      when the promise falls (or fell) due
 * @param tier       the tier the ticket is escalated to now, empty before any escalation
 */
public record SlaAlert(String kind, UUID ticketId, long number, String clockKind, String clockName, Instant dueAt,
        String tier) {

    public SlaAlert {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(ticketId, "ticketId");
        Objects.requireNonNull(clockKind, "clockKind");
        Objects.requireNonNull(clockName, "clockName");
        Objects.requireNonNull(dueAt, "dueAt");
        Objects.requireNonNull(tier, "tier");
    }

    static SlaAlert of(SlaAlarm alarm, Ticket ticket) {
        return new SlaAlert(alarm.kind().alertKind(), ticket.id(), ticket.number(),
                SlaClock.kindValue(alarm.clock().kind()), alarm.clock().name(), alarm.clock().dueAt(),
                ticket.escalationTier());
    }
}
