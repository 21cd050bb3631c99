package com.helpdesk.platform.call;

import static com.helpdesk.platform.jdbc.SqlTimes.instant;
import static com.helpdesk.platform.jdbc.SqlTimes.utc;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import com.helpdesk.tenantadmin.TenantId;

/** The call log in PostgreSQL; run inside a tenant transaction. */
@Repository
class CallLogRepository {

    private static final String COLUMNS = """
            id, server, linked_id, direction, did, caller_id, caller_name, customer_id, ticket_id, started_at,
            queued_at, answered_at, ended_at, queue, rang, answered_by, agent_id, transferred_to, hangup_cause,
            disposition, recording, ivr_path, wait_ms, talk_ms""";

    private final JdbcClient jdbc;

    CallLogRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Writes the call; a call already logged under the same server and Linkedid (an end replayed
     * after a reconnect) is updated in place, keeping its id.
     */
    void upsert(TenantId tenant, CallEntry c, String legsJson) {
        jdbc.sql("""
                insert into calls (tenant_id, id, server, linked_id, direction, did, caller_id, caller_name, customer_id,
                    ticket_id, started_at, queued_at, answered_at, ended_at, queue, rang, answered_by, agent_id,
                    transferred_to, hangup_cause, disposition, recording, ivr_path, wait_ms, talk_ms, legs)
                values (:tenant, :id, :server, :linkedId, :direction, :did, :callerId, :callerName, :customer, :ticket,
                    :startedAt, :queuedAt, :answeredAt, :endedAt, :queue, :rang, :answeredBy, :agent, :transferredTo,
                    :hangupCause, :disposition, :recording, :ivrPath, :waitMs, :talkMs, cast(:legs as jsonb))
                on conflict (tenant_id, server, linked_id) do update set
                    direction = excluded.direction, did = excluded.did, caller_id = excluded.caller_id,
                    caller_name = excluded.caller_name, customer_id = coalesce(excluded.customer_id, calls.customer_id),
                    ticket_id = coalesce(excluded.ticket_id, calls.ticket_id), started_at = excluded.started_at,
                    queued_at = excluded.queued_at, answered_at = excluded.answered_at, ended_at = excluded.ended_at,
                    queue = excluded.queue, rang = excluded.rang, answered_by = excluded.answered_by,
                    agent_id = excluded.agent_id, transferred_to = excluded.transferred_to,
                    hangup_cause = excluded.hangup_cause, disposition = excluded.disposition,
                    recording = excluded.recording, ivr_path = excluded.ivr_path, wait_ms = excluded.wait_ms,
                    talk_ms = excluded.talk_ms, legs = excluded.legs""")
            .param("tenant", tenant.value())
            .param("id", c.id())
            .param("server", c.server())
            .param("linkedId", c.linkedId())
            .param("direction", c.direction())
            .param("did", c.did())
            .param("callerId", c.callerId())
            .param("callerName", c.callerName())
            .param("customer", c.customerId())
            .param("ticket", c.ticketId())
            .param("startedAt", utc(c.startedAt()))
            .param("queuedAt", utc(c.queuedAt()))
            .param("answeredAt", utc(c.answeredAt()))
            .param("endedAt", utc(c.endedAt()))
            .param("queue", c.queue())
            .param("rang", c.rang().toArray(String[]::new))
            .param("answeredBy", c.answeredBy())
            .param("agent", c.agentId())
            .param("transferredTo", c.transferredTo())
            .param("hangupCause", c.hangupCause())
            .param("disposition", c.disposition())
            .param("recording", c.recording())
            .param("ivrPath", c.ivrPath().toArray(String[]::new))
            .param("waitMs", c.queueWait().toMillis())
            .param("talkMs", c.talkTime().toMillis())
            .param("legs", legsJson)
            .update();
    }

    Optional<CallEntry> find(TenantId tenant, UUID id) {
        return jdbc.sql("select " + COLUMNS + " from calls where tenant_id = :tenant and id = :id")
            .param("tenant", tenant.value())
            .param("id", id)
            .query(CallLogRepository::entry)
            .optional();
    }

    Optional<CallEntry> findByLinkedId(TenantId tenant, String server, String linkedId) {
        return jdbc.sql("select " + COLUMNS + """
                 from calls where tenant_id = :tenant and server = :server and linked_id = :linkedId""")
            .param("tenant", tenant.value())
            .param("server", server)
            .param("linkedId", linkedId)
            .query(CallLogRepository::entry)
            .optional();
    }

    /** Newest first; every filter may be null. */
    List<CallEntry> list(TenantId tenant, UUID customer, UUID agent, String disposition, Instant before, int limit) {
        return jdbc.sql("select " + COLUMNS + """
                 from calls where tenant_id = :tenant
                  and (cast(:customer as uuid) is null or customer_id = :customer)
                  and (cast(:agent as uuid) is null or agent_id = :agent)
                  and (cast(:disposition as text) is null or disposition = :disposition)
                  and (cast(:before as timestamptz) is null or started_at < :before)
                order by started_at desc, id limit :limit""")
            .param("tenant", tenant.value())
            .param("customer", customer)
            .param("agent", agent)
            .param("disposition", disposition)
            .param("before", utc(before))
            .param("limit", limit)
            .query(CallLogRepository::entry)
            .list();
    }

    private static CallEntry entry(ResultSet rs, int row) throws SQLException {
        return new CallEntry(rs.getObject("id", UUID.class), rs.getString("server"), rs.getString("linked_id"),
                rs.getString("direction"), rs.getString("did"), rs.getString("caller_id"), rs.getString("caller_name"),
                rs.getObject("customer_id", UUID.class), rs.getObject("ticket_id", UUID.class),
                instant(rs, "started_at"), instant(rs, "queued_at"), instant(rs, "answered_at"),
                instant(rs, "ended_at"), rs.getString("queue"), strings(rs, "rang"), rs.getString("answered_by"),
                rs.getObject("agent_id", UUID.class), rs.getString("transferred_to"), rs.getString("hangup_cause"),
                rs.getString("disposition"), rs.getString("recording"), strings(rs, "ivr_path"),
                Duration.ofMillis(rs.getLong("wait_ms")), Duration.ofMillis(rs.getLong("talk_ms")));
    }

    private static List<String> strings(ResultSet rs, String column) throws SQLException {
        return Arrays.asList((String[]) rs.getArray(column).getArray());
    }

}
