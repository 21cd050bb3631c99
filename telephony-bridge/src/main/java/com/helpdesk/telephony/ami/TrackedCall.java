package com.helpdesk.telephony.ami;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.helpdesk.telephony.call.CallRecord;
import com.helpdesk.telephony.call.CallRecord.Direction;
import com.helpdesk.telephony.call.CallRecord.Disposition;

/**
 * What the tracker knows of one live call, keyed by Linkedid. Mutable on purpose and confined to
 * the server's tracking thread; the platform only ever sees the immutable {@link CallRecord}.
 */
final class TrackedCall {

    /** One channel of the call. */
    static final class Leg {
        final String channel;
        final String uniqueId;
        final Instant startedAt;
        Instant answeredAt;
        Instant endedAt;
        String hangupCause = "";

        Leg(String channel, String uniqueId, Instant startedAt) {
            this.channel = channel;
            this.uniqueId = uniqueId;
            this.startedAt = startedAt;
        }

        boolean live() {
            return endedAt == null;
        }
    }

    final String server;
    final String linkedId;
    Direction direction = Direction.INBOUND;
    String originUniqueId;
    String did = "";
    String callerId = "";
    String callerName = "";
    Instant startedAt;
    Instant queuedAt;
    Instant answeredAt;
    Instant endedAt;
    String queue = "";
    boolean queued;
    boolean abandoned;
    boolean customerAnswered;
    String answeredBy = "";
    String transferredTo = "";
    String hangupCause = "";
    String recording = "";
    List<String> ivrPath = List.of();
    final Map<String, String> variables = new LinkedHashMap<>();
    final Set<String> rang = new LinkedHashSet<>();
    /** Extensions whose phone rings right now: a ring is reported once until it ends. */
    final Set<String> ringing = new HashSet<>();
    /** Extensions reported as having answered (the first one, then transfer targets). */
    final Set<String> answered = new HashSet<>();
    final Map<String, Leg> legs = new LinkedHashMap<>();

    TrackedCall(String server, String linkedId, Instant startedAt) {
        this.server = server;
        this.linkedId = linkedId;
        this.startedAt = startedAt;
    }

    boolean live() {
        return legs.values().stream().anyMatch(Leg::live);
    }

    boolean isOrigin(String uniqueId) {
        return uniqueId.equals(originUniqueId);
    }

    Disposition disposition() {
        if (endedAt == null) {
            return Disposition.LIVE;
        }
        if (direction == Direction.OUTBOUND) {
            return customerAnswered ? Disposition.ANSWERED : Disposition.FAILED;
        }
        if (!answeredBy.isEmpty()) {
            return Disposition.ANSWERED;
        }
        return queued || abandoned || !rang.isEmpty() ? Disposition.ABANDONED : Disposition.IVR_ONLY;
    }

    CallRecord toRecord() {
        List<CallRecord.Leg> legRecords = new ArrayList<>();
        for (Leg leg : legs.values()) {
            legRecords.add(new CallRecord.Leg(leg.channel, leg.uniqueId, leg.startedAt, leg.answeredAt, leg.endedAt,
                    leg.hangupCause));
        }
        return new CallRecord(server, linkedId, direction, did, callerId, callerName, startedAt, queuedAt, answeredAt,
                endedAt, queue, List.copyOf(rang), answeredBy, transferredTo, hangupCause, disposition(), recording,
                ivrPath, legRecords, variables);
    }
}
