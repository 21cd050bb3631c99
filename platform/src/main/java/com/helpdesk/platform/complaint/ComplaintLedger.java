package com.helpdesk.platform.complaint;

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
 * What hangs off a complaint: its escalation steps, links to tickets and staff, history and
 * notes. Every call runs inside the tenant's transaction.
 */
@Repository
class ComplaintLedger {

    private final JdbcClient jdbc;
    private final JsonMapper json;

    ComplaintLedger(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    void addStep(TenantId tenant, UUID complaint, EscalationStep step) {
        jdbc.sql("""
                insert into complaint_escalations (tenant_id, complaint_id, step, tier, due_at)
                values (:tenant, :complaint, :step, :tier, :due)""")
            .param("tenant", tenant.value())
            .param("complaint", complaint)
            .param("step", step.step())
            .param("tier", step.tier())
            .param("due", utc(step.dueAt()))
            .update();
    }

    List<EscalationStep> steps(TenantId tenant, UUID complaint) {
        return jdbc.sql("""
                select step, tier, due_at, fired_at from complaint_escalations
                 where tenant_id = :tenant and complaint_id = :complaint order by step""")
            .param("tenant", tenant.value())
            .param("complaint", complaint)
            .query((rs, i) -> new EscalationStep(rs.getInt("step"), rs.getString("tier"), instant(rs, "due_at"),
                    instant(rs, "fired_at")))
            .list();
    }

    /** Marks the step fired unless it was already: true only for the first run that gets here. */
    boolean markFired(TenantId tenant, UUID complaint, int step, Instant at) {
        return jdbc.sql("""
                update complaint_escalations set fired_at = :at
                 where tenant_id = :tenant and complaint_id = :complaint and step = :step and fired_at is null""")
            .param("at", utc(at))
            .param("tenant", tenant.value())
            .param("complaint", complaint)
            .param("step", step)
            .update() == 1;
    }

    void link(TenantId tenant, UUID complaint, String kind, UUID target) {
        jdbc.sql("""
                insert into complaint_links (tenant_id, complaint_id, kind, target_id)
                values (:tenant, :complaint, :kind, :target) on conflict do nothing""")
            .param("tenant", tenant.value())
            .param("complaint", complaint)
            .param("kind", kind)
            .param("target", target)
            .update();
    }

    List<UUID> links(TenantId tenant, UUID complaint, String kind) {
        return jdbc.sql("""
                select target_id from complaint_links
                 where tenant_id = :tenant and complaint_id = :complaint and kind = :kind order by target_id""")
            .param("tenant", tenant.value())
            .param("complaint", complaint)
            .param("kind", kind)
            .query(UUID.class)
            .list();
    }

    void record(TenantId tenant, UUID complaint, Instant at, UUID actorId, String actorName, String type,
            Map<String, ?> data) {
        jdbc.sql("""
                insert into complaint_events (tenant_id, complaint_id, at, actor_id, actor_name, type, data)
                values (:tenant, :complaint, :at, :actorId, :actorName, :type, cast(:data as jsonb))""")
            .param("tenant", tenant.value())
            .param("complaint", complaint)
            .param("at", utc(at))
            .param("actorId", actorId)
            .param("actorName", actorName)
            .param("type", type)
            .param("data", json.writeValueAsString(data))
            .update();
    }

    List<HistoryEntry> history(TenantId tenant, UUID complaint) {
        return jdbc.sql("""
                select seq, at, actor_id, actor_name, type, data::text as data from complaint_events
                 where tenant_id = :tenant and complaint_id = :complaint order by seq""")
            .param("tenant", tenant.value())
            .param("complaint", complaint)
            .query((rs, i) -> new HistoryEntry(rs.getLong("seq"), instant(rs, "at"), rs.getObject("actor_id", UUID.class),
                    rs.getString("actor_name"), rs.getString("type"), json.readTree(rs.getString("data"))))
            .list();
    }

    Note addNote(TenantId tenant, UUID complaint, UUID authorId, String authorName, String body, Instant at) {
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                insert into complaint_notes (tenant_id, id, complaint_id, author_id, author_name, body, created_at)
                values (:tenant, :id, :complaint, :authorId, :authorName, :body, :at)""")
            .param("tenant", tenant.value())
            .param("id", id)
            .param("complaint", complaint)
            .param("authorId", authorId)
            .param("authorName", authorName)
            .param("body", body)
            .param("at", utc(at))
            .update();
        return new Note(id, authorId, authorName, body, at);
    }

    List<Note> notes(TenantId tenant, UUID complaint) {
        return jdbc.sql("""
                select id, author_id, author_name, body, created_at from complaint_notes
                 where tenant_id = :tenant and complaint_id = :complaint order by created_at, id""")
            .param("tenant", tenant.value())
            .param("complaint", complaint)
            .query((rs, i) -> new Note(rs.getObject("id", UUID.class), rs.getObject("author_id", UUID.class),
                    rs.getString("author_name"), rs.getString("body"), instant(rs, "created_at")))
            .list();
    }

    /** One tier of the chain: due at its share of the reply target, fired once. */
    record EscalationStep(int step, String tier, Instant dueAt, Instant firedAt) {
    }

    record HistoryEntry(long seq, Instant at, UUID actorId, String actorName, String type, JsonNode data) {
    }

    record Note(UUID id, UUID authorId, String authorName, String body, Instant createdAt) {
    }
}
