package com.helpdesk.platform.followup;

import static com.helpdesk.platform.jdbc.SqlTimes.instant;
import static com.helpdesk.platform.jdbc.SqlTimes.utc;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import com.helpdesk.tenantadmin.TenantId;

/** {@code return_visits} and the calls placed for them; callers run inside the tenant's transaction. */
@Repository
class ReturnVisitRepository {

    private static final String COLUMNS = """
            id, ticket_id, ticket_number, resolved_at, customer_id, caller_name, caller_phone, key_customer,
            engineer_name, partner_id, due_at, status, attempts, next_attempt_at, note, visited_by, visited_at,
            version, created_at""";

    private final JdbcClient jdbc;

    ReturnVisitRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** False when this resolution already has its visit (the event was delivered again). */
    boolean insert(TenantId tenant, ReturnVisit v) {
        return jdbc.sql("""
                insert into return_visits (tenant_id, id, ticket_id, ticket_number, resolved_at, customer_id,
                    caller_name, caller_phone, key_customer, engineer_name, partner_id, due_at, status, created_at)
                values (:tenant, :id, :ticket, :number, :resolvedAt, :customer, :name, :phone, :key, :engineer,
                    :partner, :dueAt, :status, :createdAt)
                on conflict (tenant_id, ticket_id, resolved_at) do nothing""")
            .param("tenant", tenant.value())
            .param("id", v.id())
            .param("ticket", v.ticketId())
            .param("number", v.ticketNumber())
            .param("resolvedAt", utc(v.resolvedAt()))
            .param("customer", v.customerId())
            .param("name", v.callerName())
            .param("phone", v.callerPhone())
            .param("key", v.keyCustomer())
            .param("engineer", v.engineerName())
            .param("partner", v.partnerId())
            .param("dueAt", utc(v.dueAt()))
            .param("status", v.status().value())
            .param("createdAt", utc(v.createdAt()))
            .update() == 1;
    }

    Optional<ReturnVisit> find(TenantId tenant, UUID id) {
        return jdbc.sql("select " + COLUMNS + " from return_visits where tenant_id = :tenant and id = :id")
            .param("tenant", tenant.value())
            .param("id", id)
            .query(ReturnVisitRepository::visit)
            .optional();
    }

    Optional<ReturnVisit> lock(TenantId tenant, UUID id) {
        return jdbc.sql("select " + COLUMNS + " from return_visits where tenant_id = :tenant and id = :id for update")
            .param("tenant", tenant.value())
            .param("id", id)
            .query(ReturnVisitRepository::visit)
            .optional();
    }

    void update(TenantId tenant, ReturnVisit v) {
        jdbc.sql("""
                update return_visits set status = :status, attempts = :attempts, next_attempt_at = :next,
                       note = :note, visited_by = :by, visited_at = :at, version = version + 1
                 where tenant_id = :tenant and id = :id""")
            .param("status", v.status().value())
            .param("attempts", v.attempts())
            .param("next", utc(v.nextAttemptAt()))
            .param("note", v.note())
            .param("by", v.visitedBy())
            .param("at", utc(v.visitedAt()))
            .param("tenant", tenant.value())
            .param("id", v.id())
            .update();
    }

    /**
     * One page of the worklist, the visit to call first at the top: open visits by when they are
     * to be called (overdue ones first, since they fell due earliest), closed ones newest first.
     */
    List<ReturnVisit> page(TenantId tenant, List<String> statuses, UUID ticket, int page, int size) {
        return jdbc.sql("select " + COLUMNS + " " + """
                 from return_visits where tenant_id = :tenant and status in (:statuses)
                  and (cast(:ticket as uuid) is null or ticket_id = :ticket)
                 order by case when status in ('due', 'retry') then 0 else 1 end,
                          case when status in ('due', 'retry') then coalesce(next_attempt_at, due_at) end asc,
                          visited_at desc nulls last, id
                 limit :size offset :offset""")
            .param("tenant", tenant.value())
            .param("statuses", statuses)
            .param("ticket", ticket)
            .param("size", size)
            .param("offset", (long) page * size)
            .query(ReturnVisitRepository::visit)
            .list();
    }

    long count(TenantId tenant, List<String> statuses, UUID ticket) {
        return jdbc.sql("""
                select count(*) from return_visits where tenant_id = :tenant and status in (:statuses)
                   and (cast(:ticket as uuid) is null or ticket_id = :ticket)""")
            .param("tenant", tenant.value())
            .param("statuses", statuses)
            .param("ticket", ticket)
            .query(Long.class)
            .single();
    }

    /** Counts of the visits of one engineer (by name) or one partner, by status. */
    List<StatusCount> countsBy(TenantId tenant, String engineer, UUID partner) {
        return jdbc.sql("""
                select status, count(*) as n from return_visits
                 where tenant_id = :tenant and (cast(:engineer as text) is null or engineer_name = :engineer)
                   and (cast(:partner as uuid) is null or partner_id = :partner)
                 group by status""")
            .param("tenant", tenant.value())
            .param("engineer", engineer)
            .param("partner", partner)
            .query((rs, i) -> new StatusCount(rs.getString("status"), rs.getLong("n")))
            .list();
    }

    void addCall(TenantId tenant, UUID visit, String linkedId, UUID agent, Instant at) {
        jdbc.sql("""
                insert into return_visit_calls (tenant_id, visit_id, linked_id, agent_id, placed_at)
                values (:tenant, :visit, :linkedId, :agent, :at) on conflict do nothing""")
            .param("tenant", tenant.value())
            .param("visit", visit)
            .param("linkedId", linkedId)
            .param("agent", agent)
            .param("at", utc(at))
            .update();
    }

    /** Linkedids of the calls placed for the visit, first call first: the call log finds them by it. */
    List<String> calls(TenantId tenant, UUID visit) {
        return jdbc.sql("""
                select linked_id from return_visit_calls where tenant_id = :tenant and visit_id = :visit
                 order by placed_at""")
            .param("tenant", tenant.value())
            .param("visit", visit)
            .query(String.class)
            .list();
    }

    record StatusCount(String status, long count) {
    }

    private static ReturnVisit visit(ResultSet rs, int row) throws SQLException {
        return new ReturnVisit(rs.getObject("id", UUID.class), rs.getObject("ticket_id", UUID.class),
                rs.getLong("ticket_number"), instant(rs, "resolved_at"), rs.getObject("customer_id", UUID.class),
                rs.getString("caller_name"), rs.getString("caller_phone"), rs.getBoolean("key_customer"),
                rs.getString("engineer_name"), rs.getObject("partner_id", UUID.class), instant(rs, "due_at"),
                ReturnVisit.Status.of(rs.getString("status")).orElseThrow(), rs.getInt("attempts"),
                instant(rs, "next_attempt_at"), rs.getString("note"), rs.getObject("visited_by", UUID.class),
                instant(rs, "visited_at"), rs.getInt("version"), instant(rs, "created_at"));
    }
}
