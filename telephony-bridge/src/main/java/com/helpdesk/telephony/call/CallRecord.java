package com.helpdesk.telephony.call;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * A call as tracked from AMI events, live or ended.
 *
 * @param direction   inbound (a caller dialled a hotline) or outbound (originated, e.g. click-to-call)
 * @param ivrPath     the IVR steps the caller went through, as the IVR reported them (may be empty)
 * @param queue       the queue the call waited in, or empty
 * @param queuedAt    when it joined the queue, or null
 * @param rang        the extensions rung, in order
 * @param answeredBy  the extension that answered, or empty
 * @param transferredTo where it was transferred, or empty
 * @param hangupCause Asterisk's cause text of the caller's leg (e.g. "Normal Clearing")
 * @param disposition answered, abandoned (hung up while queued or ringing), ivr-only, failed
 * @param recording   the recording's reference (MixMonitor file), or empty
 * @param variables   the call's {@code HELPDESK_*} channel variables (without the prefix), e.g. what a
 *                    click-to-call passed to {@link Dialer#originate}, or the IVR set
 */
public record CallRecord(String server, String linkedId, Direction direction, String did, String callerId,
        String callerName, Instant startedAt, Instant queuedAt, Instant answeredAt, Instant endedAt, String queue,
        List<String> rang, String answeredBy, String transferredTo, String hangupCause, Disposition disposition,
        String recording, List<String> ivrPath, List<Leg> legs, Map<String, String> variables) {

    public CallRecord {
        rang = List.copyOf(rang);
        ivrPath = List.copyOf(ivrPath);
        legs = List.copyOf(legs);
        variables = Map.copyOf(variables);
    }

    /** A record without channel variables. */
    public CallRecord(String server, String linkedId, Direction direction, String did, String callerId,
            String callerName, Instant startedAt, Instant queuedAt, Instant answeredAt, Instant endedAt, String queue,
            List<String> rang, String answeredBy, String transferredTo, String hangupCause, Disposition disposition,
            String recording, List<String> ivrPath, List<Leg> legs) {
        this(server, linkedId, direction, did, callerId, callerName, startedAt, queuedAt, answeredAt, endedAt, queue,
                rang, answeredBy, transferredTo, hangupCause, disposition, recording, ivrPath, legs, Map.of());
    }

    public enum Direction {
        INBOUND, OUTBOUND
    }

    public enum Disposition {
        ANSWERED, ABANDONED, IVR_ONLY, FAILED, LIVE
    }

    /** From joining the queue to the answer (or to the end, if nobody answered). */
    public Duration queueWait() {
        if (queuedAt == null) {
            return Duration.ZERO;
        }
        Instant until = answeredAt != null ? answeredAt : endedAt;
        return until == null ? Duration.ZERO : Duration.between(queuedAt, until);
    }

    /** From the answer to the end. */
    public Duration talkTime() {
        return answeredAt == null || endedAt == null ? Duration.ZERO : Duration.between(answeredAt, endedAt);
    }

    /** One channel of the call. */
    public record Leg(String channel, String uniqueId, Instant startedAt, Instant answeredAt, Instant endedAt,
            String hangupCause) {
    }
}
