package com.helpdesk.platform.dispatch;

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

/** Offers of tickets to partners; run inside a tenant transaction. */
@Repository
class DispatchRepository {

    private static final String COLUMNS = """
            id, ticket_id, partner_id, status, dispatched_at, accept_due_at, answered_at, refusal_reason, visit_at,
            engineer_name, checked_in_at""";

    private final JdbcClient jdbc;

    DispatchRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(TenantId tenant, Dispatch d) {
        jdbc.sql("""
                insert into ticket_dispatches (tenant_id, id, ticket_id, partner_id, status, dispatched_at, accept_due_at)
                values (:tenant, :id, :ticket, :partner, :status, :at, :due)""")
            .param("tenant", tenant.value())
            .param("id", d.id())
            .param("ticket", d.ticketId())
            .param("partner", d.partnerId())
            .param("status", d.status().value())
            .param("at", utc(d.dispatchedAt()))
            .param("due", utc(d.acceptDueAt()))
            .update();
    }

    /** Withdraws the ticket's offers still open (offered or accepted) when it goes to someone else. */
    int withdrawOpen(TenantId tenant, UUID ticket, Instant at) {
        return jdbc.sql("""
                update ticket_dispatches set status = 'withdrawn', answered_at = coalesce(answered_at, :at)
                 where tenant_id = :tenant and ticket_id = :ticket and status in ('offered', 'accepted')""")
            .param("tenant", tenant.value())
            .param("ticket", ticket)
            .param("at", utc(at))
            .update();
    }

    /** The offer, locked until the transaction ends, if it was made to this partner. */
    Optional<Dispatch> lockOfPartner(TenantId tenant, UUID partner, UUID id) {
        return jdbc.sql("select " + COLUMNS + "\n" + """
                 from ticket_dispatches where tenant_id = :tenant and partner_id = :partner and id = :id for update""")
            .param("tenant", tenant.value())
            .param("partner", partner)
            .param("id", id)
            .query(DispatchRepository::dispatch)
            .optional();
    }

    void answer(TenantId tenant, UUID id, DispatchStatus status, Instant at, String refusalReason, Instant visitAt,
            String engineerName) {
        jdbc.sql("""
                update ticket_dispatches set status = :status, answered_at = :at, refusal_reason = :reason,
                                             visit_at = :visitAt, engineer_name = :engineer
                 where tenant_id = :tenant and id = :id""")
            .param("tenant", tenant.value())
            .param("id", id)
            .param("status", status.value())
            .param("at", utc(at))
            .param("reason", refusalReason)
            .param("visitAt", utc(visitAt))
            .param("engineer", engineerName)
            .update();
    }

    void checkIn(TenantId tenant, UUID id, Instant at) {
        jdbc.sql("""
                update ticket_dispatches set status = 'on-site', checked_in_at = :at where tenant_id = :tenant and id = :id""")
            .param("tenant", tenant.value())
            .param("id", id)
            .param("at", utc(at))
            .update();
    }

    List<Dispatch> ofTicket(TenantId tenant, UUID ticket) {
        return jdbc.sql("select " + COLUMNS + "\n" + """
                 from ticket_dispatches where tenant_id = :tenant and ticket_id = :ticket order by dispatched_at, id""")
            .param("tenant", tenant.value())
            .param("ticket", ticket)
            .query(DispatchRepository::dispatch)
            .list();
    }

    /** The partner's offers in the given states, oldest first: its work queue. */
    List<Dispatch> ofPartner(TenantId tenant, UUID partner, List<String> statuses, int limit) {
        return jdbc.sql("select " + COLUMNS + "\n" + """
                 from ticket_dispatches where tenant_id = :tenant and partner_id = :partner and status = any(:statuses)
                 order by dispatched_at, id limit :limit""")
            .param("tenant", tenant.value())
            .param("partner", partner)
            .param("statuses", statuses.toArray(String[]::new))
            .param("limit", limit)
            .query(DispatchRepository::dispatch)
            .list();
    }

    private static Dispatch dispatch(ResultSet rs, int row) throws SQLException {
        return new Dispatch(rs.getObject("id", UUID.class), rs.getObject("ticket_id", UUID.class),
                rs.getObject("partner_id", UUID.class), DispatchStatus.of(rs.getString("status")),
                instant(rs, "dispatched_at"), instant(rs, "accept_due_at"), instant(rs, "answered_at"),
                rs.getString("refusal_reason"), instant(rs, "visit_at"), rs.getString("engineer_name"),
                instant(rs, "checked_in_at"));
    }

}
