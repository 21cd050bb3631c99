package com.helpdesk.platform.ticket;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A service request as stored. {@code termsVersion} is fixed when it is reported: the promises it
 * is measured against do not move when the vendor publishes new terms.
 *
 * @param statusBeforeWait where a ticket waiting for the customer returns to; null otherwise
 * @param escalationTier   the tier the scheduler escalated to last, empty before any escalation
 */
public record Ticket(UUID id, long number, TicketStatus status, TicketStatus statusBeforeWait, int severity,
        Channel channel, int termsVersion, UUID customerId, UUID deviceId, String callerName, String callerPhone,
        String regionCode, String address, String productLine, String serialNumber, LocalDate purchaseDate,
        String problem, UUID assigneeId, UUID partnerId, String escalationTier, Instant reportedAt,
        Instant firstContactAt, Instant resolvedAt, Instant closedAt, int version, Instant createdAt,
        Instant updatedAt) {

    /** This ticket moved to {@code to}; a wait remembers where it came from, reopening clears the end dates. */
    Ticket withStatus(TicketStatus to, Instant now) {
        TicketStatus beforeWait = to == TicketStatus.WAITING_FOR_CUSTOMER ? status : null;
        Instant resolved = to == TicketStatus.RESOLVED ? now : to == TicketStatus.REOPENED ? null : resolvedAt;
        Instant closed = to == TicketStatus.CLOSED ? now : to == TicketStatus.REOPENED ? null : closedAt;
        return new Ticket(id, number, to, beforeWait, severity, channel, termsVersion, customerId, deviceId,
                callerName, callerPhone, regionCode, address, productLine, serialNumber, purchaseDate, problem,
                assigneeId, partnerId, escalationTier, reportedAt, firstContactAt, resolved, closed, version, createdAt,
                updatedAt);
    }

    Ticket withSeverity(int newSeverity) {
        return new Ticket(id, number, status, statusBeforeWait, newSeverity, channel, termsVersion, customerId,
                deviceId, callerName, callerPhone, regionCode, address, productLine, serialNumber, purchaseDate,
                problem, assigneeId, partnerId, escalationTier, reportedAt, firstContactAt, resolvedAt, closedAt,
                version, createdAt, updatedAt);
    }

    Ticket withAssignee(UUID assignee) {
        return new Ticket(id, number, status, statusBeforeWait, severity, channel, termsVersion, customerId, deviceId,
                callerName, callerPhone, regionCode, address, productLine, serialNumber, purchaseDate, problem,
                assignee, partnerId, escalationTier, reportedAt, firstContactAt, resolvedAt, closedAt, version,
                createdAt, updatedAt);
    }

    Ticket withPartner(UUID partner) {
        return new Ticket(id, number, status, statusBeforeWait, severity, channel, termsVersion, customerId, deviceId,
                callerName, callerPhone, regionCode, address, productLine, serialNumber, purchaseDate, problem,
                assigneeId, partner, escalationTier, reportedAt, firstContactAt, resolvedAt, closedAt, version,
                createdAt, updatedAt);
    }

    Ticket withFirstContact(Instant at) {
        return new Ticket(id, number, status, statusBeforeWait, severity, channel, termsVersion, customerId, deviceId,
                callerName, callerPhone, regionCode, address, productLine, serialNumber, purchaseDate, problem,
                assigneeId, partnerId, escalationTier, reportedAt, at, resolvedAt, closedAt, version, createdAt,
                updatedAt);
    }

    Ticket withEscalationTier(String tier) {
        return new Ticket(id, number, status, statusBeforeWait, severity, channel, termsVersion, customerId, deviceId,
                callerName, callerPhone, regionCode, address, productLine, serialNumber, purchaseDate, problem,
                assigneeId, partnerId, tier, reportedAt, firstContactAt, resolvedAt, closedAt, version, createdAt,
                updatedAt);
    }
}
