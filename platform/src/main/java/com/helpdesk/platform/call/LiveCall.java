package com.helpdesk.platform.call;

import java.time.Instant;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import com.helpdesk.platform.customer.CallerLookup.CallerMatch;
import com.helpdesk.platform.ivr.IvrSummary;
import com.helpdesk.platform.staff.StaffDirectory.Agent;
import com.helpdesk.tenantadmin.TenantProfile;

/**
 * A call while it rings: looked up once (the caller's archive, the IVR session) however many
 * agents a ring-all queue rings, and remembering whom it rang so every card learns who answered.
 */
final class LiveCall {

    private final String callId;
    private final TenantProfile tenant;
    private final CallerMatch caller;
    private final IvrSummary ivr;
    private final Instant since;
    private final Map<UUID, Agent> rung = new LinkedHashMap<>();
    private Agent answeredBy;

    LiveCall(String callId, TenantProfile tenant, CallerMatch caller, IvrSummary ivr, Instant since) {
        this.callId = callId;
        this.tenant = tenant;
        this.caller = caller;
        this.ivr = ivr;
        this.since = since;
    }

    String callId() {
        return callId;
    }

    TenantProfile tenant() {
        return tenant;
    }

    CallerMatch caller() {
        return caller;
    }

    IvrSummary ivr() {
        return ivr;
    }

    Instant since() {
        return since;
    }

    synchronized void rang(Agent agent) {
        rung.putIfAbsent(agent.userId(), agent);
    }

    synchronized Collection<Agent> rung() {
        return java.util.List.copyOf(rung.values());
    }

    synchronized void answeredBy(Agent agent) {
        answeredBy = agent;
        rung.putIfAbsent(agent.userId(), agent);
    }

    synchronized Agent answeredBy() {
        return answeredBy;
    }

    /** The customer the call is about: the caller's own archive, or whom the IVR identified. */
    UUID customerId() {
        return caller.known() ? caller.customerId() : ivr == null ? null : ivr.customerId();
    }

    ScreenPop pop(String event, String did, Agent to, Instant at) {
        Agent answered = answeredBy();
        return new ScreenPop(event, callId, did, caller.number(), caller.known(), caller.archive(),
                caller.candidates(), ivr, answered == null ? null : answered.name(),
                answered != null && answered.userId().equals(to.userId()), at);
    }
}
