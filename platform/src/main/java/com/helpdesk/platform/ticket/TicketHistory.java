package com.helpdesk.platform.ticket;

import static com.helpdesk.platform.jdbc.SqlTimes.instant;
import static com.helpdesk.platform.jdbc.SqlTimes.utc;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import com.helpdesk.tenantadmin.TenantId;

/**
 * The ticket's history: one entry per change, with who made it and what changed, written in the
 * same transaction as the change itself so the history never misses or invents one.
 */
@Repository
class TicketHistory {

    private final JdbcClient jdbc;
    private final JsonMapper json;

    TicketHistory(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    void record(TenantId tenant, UUID ticket, Instant at, Actor actor, String type, Map<String, ?> data) {
        jdbc.sql("""
                insert into ticket_events (tenant_id, ticket_id, at, actor_id, actor_name, type, data)
                values (:tenant, :ticket, :at, :actorId, :actorName, :type, cast(:data as jsonb))""")
            .param("tenant", tenant.value())
            .param("ticket", ticket)
            .param("at", utc(at))
            .param("actorId", actor.id())
            .param("actorName", actor.name())
            .param("type", type)
            .param("data", json.writeValueAsString(data))
            .update();
    }

    List<Entry> of(TenantId tenant, UUID ticket) {
        return jdbc.sql("""
                select seq, at, actor_id, actor_name, type, data::text as data from ticket_events
                 where tenant_id = :tenant and ticket_id = :ticket order by seq""")
            .param("tenant", tenant.value())
            .param("ticket", ticket)
            .query((rs, i) -> new Entry(rs.getLong("seq"), instant(rs, "at"), rs.getObject("actor_id", UUID.class),
                    rs.getString("actor_name"), rs.getString("type"), json.readTree(rs.getString("data"))))
            .list();
    }

    /** One change in the history; {@code data} holds what changed, e.g. {@code {"from":"new","to":"acknowledged"}}. */
    record Entry(long seq, Instant at, UUID actorId, String actorName, String type, JsonNode data) {
    }
}
