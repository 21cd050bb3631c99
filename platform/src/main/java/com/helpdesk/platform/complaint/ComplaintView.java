package com.helpdesk.platform.complaint;

import java.time.Instant;
import java.util.UUID;

/**
 * A complaint as the API shows it, with its reply clock's state.
 *
 * @param replyState {@code running}, {@code met}, {@code breached} or {@code none} (no promise)
 */
record ComplaintView(UUID id, long number, String channel, String status, String subject, String text,
        String complainant, String callerPhone, UUID customerId, UUID assigneeId, String escalationTier,
        Integer termsVersion, Long replyWithinMinutes, String replyClock, Instant replyDueAt, Instant repliedAt,
        String reply, String replyState, String outcome, Instant resolvedAt, Instant closedAt, boolean recorded,
        Instant createdAt, int version) {

    static ComplaintView of(Complaint c, Instant now) {
        return new ComplaintView(c.id(), c.number(), c.channel(), c.status().value(), c.subject(), c.text(),
                c.complainant(), c.callerPhone(), c.customerId(), c.assigneeId(), c.escalationTier(), c.termsVersion(),
                c.replyWithin() == null ? null : c.replyWithin().toMinutes(), c.replyClock(), c.replyDueAt(),
                c.repliedAt(), c.reply(), state(c, now), c.outcome(), c.resolvedAt(), c.closedAt(),
                !c.recordingRef().isEmpty(), c.createdAt(), c.version());
    }

    private static String state(Complaint c, Instant now) {
        if (c.replyDueAt() == null) {
            return "none";
        }
        if (c.replyLate(now)) {
            return "breached";
        }
        return c.repliedAt() != null ? "met" : "running";
    }
}
