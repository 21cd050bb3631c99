package com.helpdesk.telephony.ami;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.helpdesk.telephony.ami.CallEvent.Chan;
import com.helpdesk.telephony.call.CallRecord.Direction;

/**
 * Brings the tracker in line with a {@code CoreShowChannels} listing taken after a (re)connect.
 * The listing arrives in the event stream, in order, so everything before its end is already
 * applied: a tracked channel missing from it hung up unseen, a listed channel the tracker lacks
 * started unseen. Calls that ended while unseen are reported ended now; nothing is reported twice
 * because ended calls are remembered and a listing never recreates them.
 */
final class CallResync {

    private static final int RINGING = 5;

    private final CallTracker tracker;
    private final Map<String, List<CallEvent.ChannelListed>> listings = new HashMap<>();

    CallResync(CallTracker tracker) {
        this.tracker = tracker;
    }

    void listed(CallEvent.ChannelListed event) {
        listings.computeIfAbsent(event.actionId(), id -> new ArrayList<>()).add(event);
    }

    void clear() {
        listings.clear();
    }

    void complete(CallEvent.ChannelListComplete event) {
        List<CallEvent.ChannelListed> listing = new ArrayList<>(listings.getOrDefault(event.actionId(), List.of()));
        // Any other listing still open was cut off by a dropped link; this one supersedes it.
        listings.clear();
        // Callers first, so that a new call's number and DID are known before its agents' rings are told.
        listing.sort(Comparator.comparing(listed -> !listed.channel().uniqueId().equals(listed.channel().linkedId())));
        Set<TrackedCall> touched = new LinkedHashSet<>();
        endVanished(listing, event.at());
        for (CallEvent.ChannelListed listed : listing) {
            TrackedCall call = adopt(listed, event.at());
            if (call != null) {
                touched.add(call);
            }
        }
        touched.stream().filter(call -> tracker.calls.containsKey(call.linkedId)).forEach(tracker::updated);
    }

    /** Legs that are no longer listed hung up while the link was down; a call without legs ended. */
    private void endVanished(List<CallEvent.ChannelListed> listing, Instant at) {
        Set<String> alive = new HashSet<>();
        listing.forEach(listed -> alive.add(listed.channel().uniqueId()));
        for (TrackedCall call : tracker.snapshot()) {
            for (TrackedCall.Leg leg : call.legs.values()) {
                if (leg.live() && !alive.contains(leg.uniqueId)) {
                    leg.endedAt = at;
                    call.ringing.remove(Extensions.of(leg.channel));
                }
            }
            if (!call.live()) {
                tracker.end(call, at);
            }
        }
    }

    /** Takes a listed channel in: a new call or leg, and what its state says (queued, ringing, answered). */
    private TrackedCall adopt(CallEvent.ChannelListed listed, Instant at) {
        Chan ch = listed.channel();
        if (ch.local() || tracker.hasEnded(ch.linkedId())) {
            return null;
        }
        boolean known = tracker.calls.containsKey(ch.linkedId())
                && tracker.calls.get(ch.linkedId()).legs.containsKey(ch.uniqueId());
        TrackedCall call = tracker.channelCreated(ch, at.minus(listed.age()));
        if (call == null || known) {
            return call;
        }
        if (call.isOrigin(ch.uniqueId())) {
            if (listed.application().equalsIgnoreCase("Queue") && !call.queued) {
                call.queued = true;
                call.queue = listed.applicationData().split(",", 2)[0];
                // When it joined is unknown; the resync time is the latest it can have been.
                call.queuedAt = at;
            }
            return call;
        }
        String extension = Extensions.of(ch.channel());
        if (call.direction == Direction.OUTBOUND) {
            call.customerAnswered |= ch.up() && !listed.bridgeId().isEmpty();
        }
        else if (ch.up() && !listed.bridgeId().isEmpty()) {
            tracker.answer(call, extension, at);
        }
        else if (ch.state() == RINGING) {
            tracker.ring(call, extension, call.queued ? call.queue : "", at);
        }
        return call;
    }
}
