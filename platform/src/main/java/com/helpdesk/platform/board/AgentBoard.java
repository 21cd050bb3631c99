package com.helpdesk.platform.board;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import redis.clients.jedis.exceptions.JedisException;

import com.helpdesk.platform.board.AgentPhones.PhoneState;
import com.helpdesk.platform.call.AgentPhoneChanged;
import com.helpdesk.platform.realtime.DeskPresenceChanged;
import com.helpdesk.platform.realtime.DeskSessions;
import com.helpdesk.platform.realtime.RealtimePushes;
import com.helpdesk.platform.staff.StaffDirectory;
import com.helpdesk.platform.staff.StaffDirectory.Agent;
import com.helpdesk.tenantadmin.TenantId;

/**
 * The agents' states for the supervisor board: the desk phone's state (from the call events) over
 * the desk's presence (from the WebSocket sessions). Every change is pushed on the tenant's
 * supervisors-only topic {@value #TOPIC}, whichever node heard it.
 */
@Component
class AgentBoard {

    static final String TOPIC = "agents";
    private static final Logger log = LoggerFactory.getLogger(AgentBoard.class);

    private final StaffDirectory staff;
    private final AgentPhones phones;
    private final DeskSessions desks;
    private final RealtimePushes pushes;
    private final Clock clock;

    AgentBoard(StaffDirectory staff, AgentPhones phones, DeskSessions desks, RealtimePushes pushes, Clock clock) {
        this.staff = staff;
        this.phones = phones;
        this.desks = desks;
        this.pushes = pushes;
        this.clock = clock;
    }

    /** The tenant's call takers, each with their state now. */
    List<AgentState> agents(TenantId tenant) {
        Instant now = clock.instant();
        Map<UUID, PhoneState> phoneStates = phones.all(tenant, now);
        Map<UUID, Instant> signedIn = desks.signedIn(tenant);
        return staff.callTakers(tenant).stream()
            .map(agent -> state(agent, Optional.ofNullable(phoneStates.get(agent.userId())),
                    signedIn.get(agent.userId())))
            .toList();
    }

    /** Runs on the call's lane; a failure here must not cost the other agents their pops. */
    @EventListener
    void phoneChanged(AgentPhoneChanged change) {
        try {
            if (phones.apply(change)) {
                push(change.tenant(), change.agent());
            }
        }
        catch (JedisException e) {
            log.warn("Redis did not take the phone state of {} in {}; the board misses it: {}",
                    change.agent().extension(), change.tenant(), e.getMessage());
        }
    }

    @EventListener
    void presenceChanged(DeskPresenceChanged change) {
        try {
            staff.callTakers(change.tenant()).stream()
                .filter(agent -> agent.userId().equals(change.userId()))
                .findFirst()
                .ifPresent(agent -> push(change.tenant(), agent));
        }
        catch (RuntimeException e) {
            log.warn("The desk presence of {} in {} was not pushed: {}", change.userId(), change.tenant(),
                    e.getMessage());
        }
    }

    private void push(TenantId tenant, Agent agent) {
        Instant now = clock.instant();
        pushes.toTenant(tenant, TOPIC, state(agent, phones.of(tenant, agent.userId(), now),
                desks.signedIn(tenant).get(agent.userId())));
    }

    /**
     * A ringing or talking phone is shown as it is, desk open or not (a supervisor must see a
     * call on a phone whose desk is closed); an idle phone is idle while the desk is open, since
     * the later of the call's end and the sign-in; offline otherwise.
     */
    private static AgentState state(Agent agent, Optional<PhoneState> phone, Instant signedInSince) {
        PhoneState busy = phone.filter(p -> !p.state().equals("idle")).orElse(null);
        if (busy != null) {
            return view(agent, busy.state(), busy.since(), busy.callId());
        }
        if (signedInSince == null) {
            return view(agent, "offline", null, null);
        }
        Instant idleSince = phone.map(PhoneState::since).filter(signedInSince::isBefore).orElse(signedInSince);
        return view(agent, "idle", idleSince, null);
    }

    private static AgentState view(Agent agent, String state, Instant since, String callId) {
        return new AgentState(agent.userId(), agent.username(), agent.name(), agent.extension(), state, since, callId);
    }
}
