package com.helpdesk.pbxsim.pbx;

import java.util.List;
import java.util.Objects;

/**
 * A scripted hotline call: a caller dials {@code did} on the trunk, goes through the IVR, waits in
 * {@code queue} while the queue rings every agent of {@code agents} (ring-all), and one answers, or
 * nobody does and the caller gives up.
 *
 * @param answeringAgent the agent who answers, or null: the caller abandons while queued
 * @param transferTo     an extension the answering agent blind-transfers the caller to, or null
 * @param unansweredRounds ring rounds that time out (AgentRingNoAnswer) before the answered one
 */
public record InboundCall(String did, String callerNum, String callerName, String trunk, String queue,
        List<String> agents, String answeringAgent, String transferTo, boolean ivr, int unansweredRounds,
        Timing timing) {

    public InboundCall {
        Objects.requireNonNull(did, "did");
        agents = List.copyOf(agents);
        if (answeringAgent != null && !agents.contains(answeringAgent)) {
            throw new IllegalArgumentException(answeringAgent + " is not among the rung agents " + agents);
        }
    }

    /** A call to {@code did} from a mobile, answered by the first of two agents. */
    public static InboundCall to(String did) {
        return new InboundCall(did, "+8613800138000", "", "PJSIP/trunk", "kunlun", List.of("1001", "1002"), "1001",
                null, true, 0, Timing.realistic());
    }

    public InboundCall from(String number, String name) {
        return new InboundCall(did, number, name, trunk, queue, agents, answeringAgent, transferTo, ivr,
                unansweredRounds, timing);
    }

    public InboundCall queue(String name) {
        return new InboundCall(did, callerNum, callerName, trunk, name, agents, answeringAgent, transferTo, ivr,
                unansweredRounds, timing);
    }

    /** The queue members rung together; the first answers unless {@link #answeredBy} says otherwise. */
    public InboundCall ringing(String... extensions) {
        List<String> rung = List.of(extensions);
        return new InboundCall(did, callerNum, callerName, trunk, queue, rung, rung.getFirst(), transferTo, ivr,
                unansweredRounds, timing);
    }

    public InboundCall answeredBy(String extension) {
        return new InboundCall(did, callerNum, callerName, trunk, queue, agents, extension, transferTo, ivr,
                unansweredRounds, timing);
    }

    /** Nobody answers: the caller hangs up while queued after {@link Timing#queueWait()} (or {@link CallHandle#hangup()}). */
    public InboundCall abandoned() {
        return new InboundCall(did, callerNum, callerName, trunk, queue, agents, null, transferTo, ivr,
                unansweredRounds, timing);
    }

    public InboundCall transferredTo(String extension) {
        return new InboundCall(did, callerNum, callerName, trunk, queue, agents, answeringAgent, extension, ivr,
                unansweredRounds, timing);
    }

    public InboundCall withoutIvr() {
        return new InboundCall(did, callerNum, callerName, trunk, queue, agents, answeringAgent, transferTo, false,
                unansweredRounds, timing);
    }

    public InboundCall unansweredRounds(int rounds) {
        return new InboundCall(did, callerNum, callerName, trunk, queue, agents, answeringAgent, transferTo, ivr,
                rounds, timing);
    }

    public InboundCall timing(Timing value) {
        return new InboundCall(did, callerNum, callerName, trunk, queue, agents, answeringAgent, transferTo, ivr,
                unansweredRounds, value);
    }
}
