package com.helpdesk.platform.call;

import java.time.Instant;
import java.util.Objects;

import com.helpdesk.platform.staff.StaffDirectory.Agent;
import com.helpdesk.tenantadmin.TenantId;

/**
 * An agent's desk phone changed for one call, as the telephony bridge heard it: it rings, the agent
 * took the call, or the call no longer involves the agent (ended, or answered by a colleague).
 * Published on the lane of the call, so the events of one call arrive in order.
 *
 * @param callId the call's {@code <server>:<Linkedid>}, as in the screen pop
 */
public record AgentPhoneChanged(TenantId tenant, Agent agent, String callId, Phone phone, Instant at) {

    public AgentPhoneChanged {
        Objects.requireNonNull(tenant, "tenant");
        Objects.requireNonNull(agent, "agent");
        Objects.requireNonNull(callId, "callId");
        Objects.requireNonNull(phone, "phone");
        Objects.requireNonNull(at, "at");
    }

    public enum Phone {
        RINGING,
        TALKING,
        /** This call is over for the agent. */
        RELEASED
    }
}
