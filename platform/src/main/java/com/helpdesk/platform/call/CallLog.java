package com.helpdesk.platform.call;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.stereotype.Service;

import tools.jackson.databind.json.JsonMapper;

import com.helpdesk.platform.ivr.IvrSummary;
import com.helpdesk.platform.staff.StaffDirectory.Agent;
import com.helpdesk.platform.tenancy.TenantTransactions;
import com.helpdesk.telephony.call.CallRecord;
import com.helpdesk.tenantadmin.TenantId;
import com.helpdesk.tenantadmin.TenantProfile;

/** Every call, logged when it ends, with the customer and ticket it concerned. */
@Service
class CallLog {

    private final TenantTransactions transactions;
    private final CallLogRepository calls;
    private final JsonMapper json;

    CallLog(TenantTransactions transactions, CallLogRepository calls, JsonMapper json) {
        this.transactions = transactions;
        this.calls = calls;
        this.json = json;
    }

    /** Logs the ended call; the same call reported again (a replay after a reconnect) updates its entry. */
    void record(TenantProfile tenant, CallRecord call, UUID customer, IvrSummary ivr, Agent agent) {
        List<String> ivrPath = !call.ivrPath().isEmpty() ? call.ivrPath() : ivr == null ? List.of() : ivr.path();
        CallEntry entry = new CallEntry(UUID.randomUUID(), call.server(), call.linkedId(),
                call.direction().name().toLowerCase(java.util.Locale.ROOT), nullToEmpty(call.did()),
                nullToEmpty(call.callerId()), nullToEmpty(call.callerName()), customer,
                ticketOf(call, ivr), call.startedAt(), call.queuedAt(), call.answeredAt(),
                call.endedAt(), nullToEmpty(call.queue()), call.rang(), nullToEmpty(call.answeredBy()),
                agent == null ? null : agent.userId(), nullToEmpty(call.transferredTo()),
                nullToEmpty(call.hangupCause()), call.disposition().name().toLowerCase(java.util.Locale.ROOT)
                    .replace('_', '-'), nullToEmpty(call.recording()), ivrPath, call.queueWait(), call.talkTime());
        String legs = json.writeValueAsString(call.legs());
        transactions.run(tenant.id(), () -> calls.upsert(tenant.id(), entry, legs));
    }

    Optional<CallEntry> find(TenantId tenant, UUID id) {
        return transactions.call(tenant, () -> calls.find(tenant, id));
    }

    Optional<CallEntry> findByLinkedId(TenantId tenant, String server, String linkedId) {
        return transactions.call(tenant, () -> calls.findByLinkedId(tenant, server, linkedId));
    }

    List<CallEntry> list(TenantId tenant, UUID customer, UUID agent, String disposition, Instant before, int limit) {
        return transactions.call(tenant, () -> calls.list(tenant, customer, agent, disposition, before, limit));
    }

    /** The ticket the IVR opened, or the one a callback was placed for. */
    private static UUID ticketOf(CallRecord call, IvrSummary ivr) {
        if (ivr != null && ivr.ticketId() != null) {
            return ivr.ticketId();
        }
        String ticket = call.variables().get("TICKET");
        try {
            return ticket == null ? null : UUID.fromString(ticket);
        }
        catch (IllegalArgumentException e) {
            return null; // a variable set by hand in the dialplan is no reason to lose the call
        }
    }

    private static String nullToEmpty(String text) {
        return text == null ? "" : text;
    }
}
