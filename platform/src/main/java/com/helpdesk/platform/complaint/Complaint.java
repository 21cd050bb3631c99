package com.helpdesk.platform.complaint;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

/**
 * A complaint as stored. The reply clock runs from {@code createdAt} to {@code replyDueAt} on the
 * terms' clock kind; it is absent ({@code replyDueAt} null) when the terms promised no reply time.
 *
 * @param channel        ivr, phone or web
 * @param escalationTier the tier it is escalated to now; empty before any escalation
 * @param replyWithin    the promised reply time; null when none was promised
 * @param replyClock     business or around-the-clock; null when none was promised
 */
record Complaint(UUID id, long number, String channel, ComplaintStatus status, String subject, String text,
        String complainant, String callerPhone, UUID customerId, UUID assigneeId, String escalationTier,
        Integer termsVersion, Duration replyWithin, String replyClock, Instant replyDueAt, Instant repliedAt,
        String reply, Instant replyBreachedAt, String outcome, Instant resolvedAt, Instant closedAt,
        String linkedId, String recordingRef, Instant createdAt, int version) {

    /** Whether the reply promise is broken: breached, replied late, or overdue without a reply. */
    boolean replyLate(Instant now) {
        if (replyDueAt == null) {
            return false;
        }
        if (repliedAt != null) {
            return repliedAt.isAfter(replyDueAt);
        }
        return replyBreachedAt != null || now.isAfter(replyDueAt);
    }

    Complaint withTier(String tier) {
        return copy(status, tier, repliedAt, reply, replyBreachedAt, outcome, resolvedAt, closedAt);
    }

    Complaint withBreach(Instant at) {
        return copy(status, escalationTier, repliedAt, reply, at, outcome, resolvedAt, closedAt);
    }

    Complaint replied(String text, Instant at) {
        return copy(ComplaintStatus.REPLIED, escalationTier, at, text, replyBreachedAt, outcome, resolvedAt, closedAt);
    }

    Complaint resolved(String how, Instant at) {
        return copy(ComplaintStatus.RESOLVED, escalationTier, repliedAt, reply, replyBreachedAt, how, at, closedAt);
    }

    Complaint closed(Instant at) {
        return copy(ComplaintStatus.CLOSED, escalationTier, repliedAt, reply, replyBreachedAt, outcome, resolvedAt, at);
    }

    private Complaint copy(ComplaintStatus newStatus, String tier, Instant newRepliedAt, String newReply,
            Instant breachedAt, String newOutcome, Instant newResolvedAt, Instant newClosedAt) {
        return new Complaint(id, number, channel, newStatus, subject, text, complainant, callerPhone, customerId,
                assigneeId, tier, termsVersion, replyWithin, replyClock, replyDueAt, newRepliedAt, newReply,
                breachedAt, newOutcome, newResolvedAt, newClosedAt, linkedId, recordingRef, createdAt, version);
    }
}
