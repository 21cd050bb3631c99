package com.helpdesk.telephony.call;

/**
 * What the platform hears about calls. Called from the bridge's own worker threads (never from
 * the AMI event pump), in order per call; implementations must be quick and must not throw.
 * A resync after an AMI reconnect may report a call again: implementations are idempotent on
 * {@code (server, linkedId)} and the agent's extension.
 */
public interface CallListener {

    /** An agent's phone started ringing for a call; with a ring-all queue, once per rung agent. */
    void agentRinging(AgentRing ring);

    /** An agent answered; the other rung agents' cards can say who took it. */
    void agentAnswered(AgentAnswer answer);

    /** The call changed while live (queued, transferred, a leg added); for live boards. */
    default void callUpdated(CallRecord call) {
    }

    /** The call ended (every leg hung up): the final record for the call log. */
    void callEnded(CallRecord call);
}
