package com.helpdesk.telephony.ami;

import java.time.Duration;
import java.time.Instant;

/**
 * The AMI events call tracking needs, as records: asterisk-java's mutable event classes stop at
 * {@link EventTranslator}. Everything else Asterisk sends (RTCP, DTMF, device states...) is noise
 * and never becomes a {@code CallEvent}.
 */
sealed interface CallEvent {

    /** When the bridge read the event off the socket. */
    Instant at();

    /**
     * A channel as AMI prints it in every channel event. Asterisk writes {@code <unknown>} for an
     * empty Caller ID; {@link #of} turns that into "".
     */
    record Chan(String channel, String uniqueId, String linkedId, int state, String callerIdNum,
            String callerIdName, String context, String exten) {

        static Chan of(String channel, String uniqueId, String linkedId, Integer state, String callerIdNum,
                String callerIdName, String context, String exten) {
            return new Chan(text(channel), text(uniqueId), text(linkedId).isEmpty() ? text(uniqueId) : text(linkedId),
                    state == null ? -1 : state, text(callerIdNum), text(callerIdName), text(context), text(exten));
        }

        /** One half of a Local channel pair: a dialplan artefact, never a phone. */
        boolean local() {
            return channel.regionMatches(true, 0, "Local/", 0, 6);
        }

        boolean up() {
            return state == 6;
        }

        static String text(String value) {
            return value == null || value.equals("<unknown>") || value.equals("<null>") ? "" : value.trim();
        }
    }

    record ChannelCreated(Instant at, Chan channel) implements CallEvent {
    }

    record ChannelStateChanged(Instant at, Chan channel) implements CallEvent {
    }

    /** A dialplan step (Newexten): where a hotline number shows up after a Goto. */
    record DialplanStep(Instant at, Chan channel, String application, String appData) implements CallEvent {
    }

    record VariableSet(Instant at, Chan channel, String name, String value) implements CallEvent {
    }

    /** DialBegin; {@code caller} is null when Asterisk dials on its own (Originate). */
    record DialStarted(Instant at, Chan caller, Chan callee) implements CallEvent {
    }

    record DialEnded(Instant at, Chan caller, Chan callee, String status) implements CallEvent {
    }

    record QueueJoined(Instant at, Chan caller, String queue) implements CallEvent {
    }

    /** QueueCallerLeave (sent to an agent) or QueueCallerAbandon (hung up while waiting). */
    record QueueLeft(Instant at, Chan caller, String queue, boolean abandoned) implements CallEvent {
    }

    /** AgentCalled: a queue member's phone is rung; {@code member} may be a Local channel. */
    record MemberRung(Instant at, Chan caller, Chan member, String queue, String memberInterface)
            implements CallEvent {
    }

    /** AgentConnect: a queue member answered and is bridged to the caller. */
    record MemberConnected(Instant at, Chan caller, Chan member, String queue, String memberInterface)
            implements CallEvent {
    }

    record Bridged(Instant at, Chan channel, String bridgeId) implements CallEvent {
    }

    record BlindTransferred(Instant at, Chan transferer, Chan transferee, String context, String extension,
            boolean succeeded) implements CallEvent {
    }

    record HungUp(Instant at, Chan channel, int cause, String causeText) implements CallEvent {
    }

    /** One CoreShowChannel of a resync listing. */
    record ChannelListed(Instant at, String actionId, Chan channel, String bridgeId, String application,
            String applicationData, Duration age) implements CallEvent {
    }

    /** CoreShowChannelsComplete: the listing {@code actionId} is whole. */
    record ChannelListComplete(Instant at, String actionId) implements CallEvent {
    }

    /** OriginateResponse of an async Originate. */
    record OriginateFinished(Instant at, String actionId, boolean succeeded, String reason, String uniqueId)
            implements CallEvent {
    }
}
