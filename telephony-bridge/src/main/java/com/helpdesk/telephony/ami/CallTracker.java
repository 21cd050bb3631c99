package com.helpdesk.telephony.ami;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.helpdesk.telephony.ami.CallEvent.Chan;
import com.helpdesk.telephony.call.AgentAnswer;
import com.helpdesk.telephony.call.AgentRing;
import com.helpdesk.telephony.call.CallListener;
import com.helpdesk.telephony.call.CallRecord.Direction;

/**
 * Builds calls from one Asterisk server's events, correlated by Linkedid, and tells the
 * {@link CallListener}. Confined to the server's single tracking thread, so it needs no locking and
 * sees events in the order Asterisk sent them. Local channel halves are ignored: the real phones'
 * channels carry the same Linkedid. After a (re)connect a {@code CoreShowChannels} listing
 * ({@link CallResync}) closes what ended unseen and adds what started unseen.
 */
final class CallTracker {

    private static final Logger log = LoggerFactory.getLogger(CallTracker.class);
    private static final int REMEMBERED_ENDED_CALLS = 10_000;

    final String server;
    private final Set<String> dids;
    private final CallListener listener;
    final Map<String, TrackedCall> calls = new HashMap<>();
    /** Recently ended calls: a late event or listing must not bring one back (and report it twice). */
    private final Set<String> ended = Collections.newSetFromMap(new LinkedHashMap<>() {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Boolean> eldest) {
            return size() > REMEMBERED_ENDED_CALLS;
        }
    });
    private final CallResync resync = new CallResync(this);

    /** @param dids the hotline numbers this server serves; empty reports every inbound call */
    CallTracker(String server, Set<String> dids, CallListener listener) {
        this.server = server;
        this.dids = Set.copyOf(dids);
        this.listener = listener;
    }

    void accept(CallEvent event) {
        switch (event) {
            case CallEvent.ChannelCreated e -> channelCreated(e.channel(), e.at());
            case CallEvent.ChannelStateChanged e -> stateChanged(e.channel(), e.at());
            case CallEvent.DialplanStep e -> dialplanStep(e);
            case CallEvent.VariableSet e -> CallVariables.apply(this, e);
            case CallEvent.DialStarted e -> dialStarted(e);
            case CallEvent.DialEnded e -> dialEnded(e);
            case CallEvent.QueueJoined e -> queueJoined(e);
            case CallEvent.QueueLeft e -> ifKnown(e.caller(), call -> call.abandoned |= e.abandoned());
            case CallEvent.MemberRung e -> memberRung(e);
            case CallEvent.MemberConnected e -> ifKnown(e.caller(), call -> answer(call,
                    Extensions.of(e.member().local() ? e.memberInterface() : e.member().channel()), e.at()));
            case CallEvent.Bridged e -> bridged(e);
            case CallEvent.BlindTransferred e -> transferred(e);
            case CallEvent.HungUp e -> hungUp(e);
            case CallEvent.ChannelListed e -> resync.listed(e);
            case CallEvent.ChannelListComplete e -> resync.complete(e);
            case CallEvent.OriginateFinished e -> {
                // the Dialer's business, not the call's
            }
        }
    }

    /** This node no longer holds the server: whoever does now reports these calls. */
    void forgetAll() {
        calls.clear();
        resync.clear();
    }

    int liveCalls() {
        return calls.size();
    }

    // ---- channels ----

    /** The call and leg of a channel, created if new; null for Local halves and ended calls. */
    TrackedCall channelCreated(Chan ch, Instant startedAt) {
        if (ch.local() || ch.uniqueId().isEmpty() || ended.contains(ch.linkedId())) {
            return null;
        }
        TrackedCall call = calls.computeIfAbsent(ch.linkedId(), id -> new TrackedCall(server, id, startedAt));
        if (!call.legs.containsKey(ch.uniqueId())) {
            call.legs.put(ch.uniqueId(), new TrackedCall.Leg(ch.channel(), ch.uniqueId(), startedAt));
        }
        // The channel whose Uniqueid is the Linkedid is the oldest one: the caller (or the agent of a
        // click-to-call). Without it (a Local channel started the call) the first real channel stands in.
        if (call.originUniqueId == null || ch.uniqueId().equals(ch.linkedId()) && !call.isOrigin(ch.uniqueId())) {
            call.originUniqueId = ch.uniqueId();
            call.startedAt = startedAt.isBefore(call.startedAt) ? startedAt : call.startedAt;
            call.callerId = ch.callerIdNum();
            call.callerName = ch.callerIdName();
            call.did = ch.exten();
        }
        return call;
    }

    private void stateChanged(Chan ch, Instant at) {
        TrackedCall call = calls.get(ch.linkedId());
        TrackedCall.Leg leg = call == null ? null : call.legs.get(ch.uniqueId());
        if (leg == null || !ch.up() || leg.answeredAt != null) {
            return;
        }
        leg.answeredAt = at;
        if (call.direction == Direction.OUTBOUND && call.isOrigin(ch.uniqueId())) {
            call.answeredBy = Extensions.of(ch.channel());
        }
    }

    private void dialplanStep(CallEvent.DialplanStep e) {
        ifKnown(e.channel(), call -> {
            // A hotline reached through a Goto (the demo's 9 + DID) shows its number only here.
            if (call.isOrigin(e.channel().uniqueId()) && !dids.contains(call.did) && dids.contains(e.channel().exten())) {
                call.did = e.channel().exten();
            }
            if (e.application().equalsIgnoreCase("MixMonitor") && call.recording.isEmpty()) {
                call.recording = e.appData().split(",", 2)[0];
            }
        });
    }

    // ---- ringing and answering ----

    private void dialStarted(CallEvent.DialStarted e) {
        if (e.callee().local()) {
            return;
        }
        ifKnown(e.callee(), call -> {
            channelCreated(e.callee(), e.at());
            ring(call, Extensions.of(e.callee().channel()), call.queued && call.answeredBy.isEmpty() ? call.queue : "",
                    e.at());
        });
    }

    private void dialEnded(CallEvent.DialEnded e) {
        if (e.callee().local()) {
            return;
        }
        ifKnown(e.callee(), call -> {
            String extension = Extensions.of(e.callee().channel());
            call.ringing.remove(extension);
            if (!e.status().equalsIgnoreCase("ANSWER")) {
                return;
            }
            if (call.direction == Direction.INBOUND) {
                answer(call, extension, e.at());
            }
            else if (!call.isOrigin(e.callee().uniqueId()) && !call.customerAnswered) {
                call.customerAnswered = true;
                call.answeredAt = e.at();
                updated(call);
            }
        });
    }

    private void queueJoined(CallEvent.QueueJoined e) {
        ifKnown(e.caller(), call -> {
            call.queue = e.queue();
            call.queued = true;
            call.queuedAt = call.queuedAt == null ? e.at() : call.queuedAt;
            updated(call);
        });
    }

    private void memberRung(CallEvent.MemberRung e) {
        ifKnown(e.caller(), call -> {
            if (!e.member().local()) {
                channelCreated(e.member(), e.at());
            }
            ring(call, Extensions.of(e.member().local() ? e.memberInterface() : e.member().channel()), e.queue(),
                    e.at());
        });
    }

    private void bridged(CallEvent.Bridged e) {
        Chan ch = e.channel();
        ifKnown(ch, call -> {
            // A direct call has no AgentConnect; entering the bridge is the answer.
            if (!ch.local() && !call.isOrigin(ch.uniqueId()) && call.direction == Direction.INBOUND) {
                answer(call, Extensions.of(ch.channel()), e.at());
            }
        });
    }

    private void transferred(CallEvent.BlindTransferred e) {
        if (!e.succeeded()) {
            return;
        }
        ifKnown(e.transferee(), call -> {
            call.transferredTo = e.extension();
            updated(call);
        });
    }

    void ring(TrackedCall call, String extension, String queue, Instant at) {
        if (extension.isEmpty() || call.direction == Direction.OUTBOUND) {
            return;
        }
        call.rang.add(extension);
        if (call.ringing.add(extension) && reported(call)) {
            AgentRing ring = new AgentRing(server, call.linkedId, call.did, call.callerId, extension, queue, at);
            notify(() -> listener.agentRinging(ring));
        }
    }

    void answer(TrackedCall call, String extension, Instant at) {
        if (extension.isEmpty()) {
            return;
        }
        call.ringing.remove(extension);
        if (call.answeredBy.isEmpty()) {
            call.answeredBy = extension;
            call.answeredAt = at;
        }
        if (call.answered.add(extension) && reported(call)) {
            AgentAnswer answer = new AgentAnswer(server, call.linkedId, call.did, call.callerId, extension, at);
            notify(() -> listener.agentAnswered(answer));
            updated(call);
        }
    }

    // ---- the end ----

    private void hungUp(CallEvent.HungUp e) {
        Chan ch = e.channel();
        TrackedCall call = ch.local() ? null : calls.get(ch.linkedId());
        TrackedCall.Leg leg = call == null ? null : call.legs.get(ch.uniqueId());
        if (leg == null || !leg.live()) {
            return;
        }
        leg.endedAt = e.at();
        leg.hangupCause = e.causeText().isEmpty() ? String.valueOf(e.cause()) : e.causeText();
        call.ringing.remove(Extensions.of(leg.channel));
        if (call.isOrigin(leg.uniqueId)) {
            call.hangupCause = leg.hangupCause;
        }
        if (!call.live()) {
            end(call, e.at());
        }
    }

    void end(TrackedCall call, Instant at) {
        calls.remove(call.linkedId);
        ended.add(call.linkedId);
        call.endedAt = at;
        if (reported(call)) {
            var record = call.toRecord();
            notify(() -> listener.callEnded(record));
        }
    }

    boolean hasEnded(String linkedId) {
        return ended.contains(linkedId);
    }

    void updated(TrackedCall call) {
        if (reported(call)) {
            var record = call.toRecord();
            notify(() -> listener.callUpdated(record));
        }
    }

    /** Hotline calls and click-to-calls; agents calling each other are not the help-desk's business. */
    private boolean reported(TrackedCall call) {
        return call.direction == Direction.OUTBOUND || dids.isEmpty() || dids.contains(call.did);
    }

    private void ifKnown(Chan ch, Consumer<TrackedCall> action) {
        if (ch == null) {
            return;
        }
        TrackedCall call = calls.get(ch.linkedId());
        if (call != null) {
            action.accept(call);
        }
    }

    /** The listener must not throw; if it does, tracking goes on with the next event. */
    private void notify(Runnable callback) {
        try {
            callback.run();
        }
        catch (RuntimeException e) {
            log.error("CallListener failed on server {}", server, e);
        }
    }

    List<TrackedCall> snapshot() {
        return new ArrayList<>(calls.values());
    }
}
