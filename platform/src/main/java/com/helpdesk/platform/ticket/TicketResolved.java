package com.helpdesk.platform.ticket;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

import com.helpdesk.tenantadmin.TenantId;

/**
 * A ticket was resolved with a recorded fix: what the known-fix search indexes, so that the next
 * agent who hears the same symptom on the same model finds the cause and the fix. Published in the
 * transaction that stores the resolution, through the event publication registry, so it is
 * delivered at least once even if the listener's backend is down; listeners must be idempotent
 * (a ticket resolved again after a reopen publishes a new event that replaces the old fix).
 *
 * @param productLine the product line of the ticket (of its device when it has one)
 * @param model       the device's model; empty when the ticket names no device
 * @param problem     the fault in the caller's words, as taken at intake
 * @param locale      the tenant's language (e.g. {@code zh-CN}), which decides how the text is analysed
 */
public record TicketResolved(TenantId tenantId, UUID ticketId, long number, String productLine, String model,
        String problem, String cause, String fix, List<Part> parts, int severity, Instant resolvedAt,
        String locale) {

    public TicketResolved {
        Objects.requireNonNull(tenantId, "tenantId");
        Objects.requireNonNull(ticketId, "ticketId");
        Objects.requireNonNull(resolvedAt, "resolvedAt");
        parts = parts == null ? List.of() : List.copyOf(parts);
    }

    /** A part the fix replaced; prices stay with the resolution record, they do not help a search. */
    public record Part(String partNumber, String name, int quantity, String component) {
    }
}
