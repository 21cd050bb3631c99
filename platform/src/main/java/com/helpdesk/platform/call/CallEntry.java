package com.helpdesk.platform.call;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * One call in the log.
 *
 * @param answeredBy the extension that answered, {@code agentId} the staff member at it
 * @param legs       each channel of the call, as JSON text
 */
public record CallEntry(UUID id, String server, String linkedId, String direction, String did, String callerId,
        String callerName, UUID customerId, UUID ticketId, Instant startedAt, Instant queuedAt, Instant answeredAt,
        Instant endedAt, String queue, List<String> rang, String answeredBy, UUID agentId, String transferredTo,
        String hangupCause, String disposition, String recording, List<String> ivrPath, Duration queueWait,
        Duration talkTime) {
}
