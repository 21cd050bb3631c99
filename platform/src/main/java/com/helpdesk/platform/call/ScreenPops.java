package com.helpdesk.platform.call;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

import com.helpdesk.platform.call.AgentPhoneChanged.Phone;
import com.helpdesk.platform.customer.CallerLookup;
import com.helpdesk.platform.customer.CallerLookup.CallerMatch;
import com.helpdesk.platform.ivr.IvrSessions;
import com.helpdesk.platform.ivr.IvrSummary;
import com.helpdesk.platform.realtime.RealtimePushes;
import com.helpdesk.platform.staff.StaffDirectory.Agent;
import com.helpdesk.platform.tenancy.TenantDirectory;
import com.helpdesk.telephony.call.AgentAnswer;
import com.helpdesk.telephony.call.AgentRing;
import com.helpdesk.telephony.call.CallListener;
import com.helpdesk.telephony.call.CallRecord;
import com.helpdesk.tenantadmin.TenantProfile;

/**
 * Turns what the bridge hears from Asterisk into cards in agents' browsers and entries in the call
 * log. The call's DID selects the tenant and the rung extension the agent, both within that
 * tenant only: a call to one vendor's hotline can never pop on another vendor's desk. The work is
 * done in {@link CallLanes}, not on the bridge's tracking thread, so calls are popped side by side.
 */
@Component
class ScreenPops implements CallListener {

    private static final Logger log = LoggerFactory.getLogger(ScreenPops.class);
    /** A call whose end was never heard (a lost AMI event) is forgotten after this long. */
    private static final Duration FORGET_AFTER = Duration.ofHours(4);
    private static final int SWEEP_ABOVE = 5_000;

    private final TenantDirectory tenants;
    private final AgentsByExtension staff;
    private final CallLanes lanes;
    private final CallerLookup callers;
    private final ObjectProvider<IvrSessions> ivrSessions;
    private final RealtimePushes pushes;
    private final CallLog callLog;
    private final Clock clock;
    private final ApplicationEventPublisher events;
    private final Map<String, LiveCall> live = new ConcurrentHashMap<>();

    ScreenPops(TenantDirectory tenants, AgentsByExtension staff, CallLanes lanes, CallerLookup callers,
            ObjectProvider<IvrSessions> ivrSessions, RealtimePushes pushes, CallLog callLog, Clock clock,
            ApplicationEventPublisher events) {
        this.tenants = tenants;
        this.staff = staff;
        this.lanes = lanes;
        this.callers = callers;
        this.ivrSessions = ivrSessions;
        this.pushes = pushes;
        this.callLog = callLog;
        this.clock = clock;
        this.events = events;
    }

    @Override
    public void agentRinging(AgentRing ring) {
        lanes.run(key(ring.server(), ring.linkedId()), "ring", () -> {
            Optional<LiveCall> call = liveCall(ring.server(), ring.linkedId(), ring.did(), ring.callerId());
            call.ifPresent(c -> staff.at(c.tenant().id(), ring.extension()).ifPresentOrElse(agent -> {
                c.rang(agent);
                pushes.toStaff(c.tenant().id(), agent.userId(), ScreenPop.QUEUE,
                        c.pop("ringing", ring.did(), agent, ring.at()));
                phone(c.tenant(), agent, c.callId(), Phone.RINGING, ring.at());
            }, () -> log.info("Call {} rings extension {}, which no staff member of {} has", ring.linkedId(),
                    ring.extension(), c.tenant().slug())));
        });
    }

    @Override
    public void agentAnswered(AgentAnswer answer) {
        lanes.run(key(answer.server(), answer.linkedId()), "answer", () -> liveCall(answer.server(),
                answer.linkedId(), answer.did(), answer.callerId())
            .ifPresent(c -> staff.at(c.tenant().id(), answer.extension()).ifPresent(agent -> {
                c.answeredBy(agent);
                for (Agent rung : c.rung()) {
                    pushes.toStaff(c.tenant().id(), rung.userId(), ScreenPop.QUEUE,
                            c.pop("answered", answer.did(), rung, answer.at()));
                    boolean taker = rung.userId().equals(agent.userId());
                    phone(c.tenant(), rung, c.callId(), taker ? Phone.TALKING : Phone.RELEASED, answer.at());
                }
            })));
    }

    @Override
    public void callEnded(CallRecord call) {
        lanes.run(key(call.server(), call.linkedId()), "end", () -> {
            String key = key(call.server(), call.linkedId());
            LiveCall rang = live.remove(key);
            // A call that rang nobody (the caller hung up in the IVR, a callback) is looked up now.
            Optional<LiveCall> ended = rang != null ? Optional.of(rang) : tenants.findByHotline(call.did())
                .map(tenant -> lookUp(key, tenant, call.linkedId(), call.callerId()));
            if (ended.isEmpty()) {
                log.info("Call {} on {} was to {}, which is no tenant's hotline; not logged", call.linkedId(),
                        call.server(), call.did());
                return;
            }
            TenantProfile tenant = ended.get().tenant();
            Agent agent = call.answeredBy().isEmpty() ? null : staff.at(tenant.id(), call.answeredBy()).orElse(null);
            callLog.record(tenant, call, ended.get().customerId(), ended.get().ivr(), agent);
            for (Agent rung : ended.get().rung()) {
                pushes.toStaff(tenant.id(), rung.userId(), ScreenPop.QUEUE,
                        ended.get().pop("ended", call.did(), rung, call.endedAt()));
                phone(tenant, rung, key, Phone.RELEASED, call.endedAt());
            }
        });
    }

    private void phone(TenantProfile tenant, Agent agent, String callId, Phone phone, Instant at) {
        events.publishEvent(new AgentPhoneChanged(tenant.id(), agent, callId, phone, at));
    }

    /** The call's card data, looked up at its first ring (or answer, after a resync) and kept. */
    private Optional<LiveCall> liveCall(String server, String linkedId, String did, String callerId) {
        String key = key(server, linkedId);
        LiveCall known = live.get(key);
        if (known != null) {
            return Optional.of(known);
        }
        Optional<TenantProfile> tenant = tenants.findByHotline(did);
        if (tenant.isEmpty()) {
            log.info("Call {} on {} is to {}, which is no tenant's hotline; no pop", linkedId, server, did);
            return Optional.empty();
        }
        sweepIfCrowded();
        LiveCall fresh = lookUp(key, tenant.get(), linkedId, callerId);
        LiveCall earlier = live.putIfAbsent(key, fresh);
        return Optional.of(earlier != null ? earlier : fresh);
    }

    /** Who is calling and what they did in the IVR, within the tenant whose hotline was dialled. */
    private LiveCall lookUp(String key, TenantProfile tenant, String linkedId, String callerId) {
        IvrSummary ivr = ivrOf(linkedId);
        if (ivr != null && !ivr.tenant().equals(tenant.id())) {
            ivr = null; // an IVR session of another tenant under this Linkedid can only be a mix-up: never show it
        }
        CallerMatch caller = callers.byNumber(tenant, callerId);
        if (!caller.known() && ivr != null && ivr.customerId() != null) {
            caller = new CallerMatch(caller.number(), callers.archive(tenant, ivr.customerId()).orElse(null),
                    caller.candidates());
        }
        return new LiveCall(key, tenant, caller, ivr, clock.instant());
    }

    private IvrSummary ivrOf(String linkedId) {
        IvrSessions sessions = ivrSessions.getIfAvailable();
        return sessions == null ? null : sessions.find(linkedId).orElse(null);
    }

    private void sweepIfCrowded() {
        if (live.size() > SWEEP_ABOVE) {
            Instant cutoff = clock.instant().minus(FORGET_AFTER);
            live.values().removeIf(call -> call.since().isBefore(cutoff));
        }
    }

    private static String key(String server, String linkedId) {
        return server + ":" + linkedId;
    }
}
