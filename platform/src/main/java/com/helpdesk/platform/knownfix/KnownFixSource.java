package com.helpdesk.platform.knownfix;

import static com.helpdesk.platform.jdbc.SqlTimes.instant;
import static com.helpdesk.platform.jdbc.SqlTimes.utc;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import tools.jackson.databind.json.JsonMapper;

import com.helpdesk.platform.tenancy.TenantTransactions;
import com.helpdesk.search.KnownFix;
import com.helpdesk.tenantadmin.TenantId;

/**
 * The known fixes as PostgreSQL holds them, the source of truth the index is rebuilt from: every
 * ticket with a resolution record, and every imported report. Read in keyset pages inside the
 * tenant's transaction (row-level security applies).
 */
@Component
class KnownFixSource {

    private static final String TICKETS = """
            select t.id, t.problem, t.severity, coalesce(t.resolved_at, r.recorded_at) as resolved_at,
                   coalesce(d.product_line, t.product_line) as product_line, coalesce(d.model, '') as model,
                   r.cause, r.fix, r.parts::text as parts
              from ticket_resolutions r
              join tickets t on t.tenant_id = r.tenant_id and t.id = r.ticket_id
              left join devices d on d.tenant_id = t.tenant_id and d.id = t.device_id
             where r.tenant_id = :tenant""";

    private static final String IMPORTS = """
            select id, product_line, model, title, symptom, cause, fix, parts::text as parts, severity, resolved_at
              from known_fix_imports
             where tenant_id = :tenant""";

    private final TenantTransactions transactions;
    private final JdbcClient jdbc;
    private final JsonMapper json;

    KnownFixSource(TenantTransactions transactions, JdbcClient jdbc, JsonMapper json) {
        this.transactions = transactions;
        this.jdbc = jdbc;
        this.json = json;
    }

    /** Every tenant's id: a full rebuild goes through them one by one. */
    List<TenantId> tenants() {
        return jdbc.sql("select id from tenants order by id").query((rs, i) -> TenantId.of(rs.getString("id"))).list();
    }

    /** The next page of resolved tickets after the ticket id {@code after} (null: from the start). */
    List<KnownFix> tickets(TenantId tenant, UUID after, int limit) {
        return transactions.call(tenant, () -> jdbc.sql(TICKETS + """
                 and (cast(:after as uuid) is null or r.ticket_id > cast(:after as uuid))
               order by r.ticket_id limit :limit""")
            .param("tenant", tenant.value())
            .param("after", after)
            .param("limit", limit)
            .query((rs, i) -> ticket(tenant, rs))
            .list());
    }

    /** The next page of imported reports after the id {@code after} (null: from the start). */
    List<KnownFix> imports(TenantId tenant, String after, int limit) {
        return transactions.call(tenant, () -> jdbc.sql(IMPORTS + """
                 and (cast(:after as text) is null or id > cast(:after as text))
               order by id limit :limit""")
            .param("tenant", tenant.value())
            .param("after", after)
            .param("limit", limit)
            .query((rs, i) -> imported(tenant, rs))
            .list());
    }

    List<KnownFix> imported(TenantId tenant, List<String> ids) {
        return transactions.call(tenant, () -> jdbc.sql(IMPORTS + " and id = any(:ids) order by id")
            .param("tenant", tenant.value())
            .param("ids", ids.toArray(String[]::new))
            .query((rs, i) -> imported(tenant, rs))
            .list());
    }

    /** Fixes recorded or imported since {@code since}: what a rebuild replays after moving the alias. */
    List<KnownFix> changedSince(TenantId tenant, Instant since) {
        return transactions.call(tenant, () -> {
            List<KnownFix> tickets = jdbc.sql(TICKETS + " and r.recorded_at >= :since")
                .param("tenant", tenant.value()).param("since", utc(since))
                .query((rs, i) -> ticket(tenant, rs)).list();
            List<KnownFix> imports = jdbc.sql(IMPORTS + " and imported_at >= :since")
                .param("tenant", tenant.value()).param("since", utc(since))
                .query((rs, i) -> imported(tenant, rs)).list();
            return java.util.stream.Stream.concat(tickets.stream(), imports.stream()).toList();
        });
    }

    /** A ticket's problem and device, for "similar fixes"; empty when the tenant has no such ticket. */
    Optional<TicketProblem> ticket(TenantId tenant, UUID ticketId) {
        return transactions.call(tenant, () -> jdbc.sql("""
                select t.problem, coalesce(d.model, '') as model
                  from tickets t left join devices d on d.tenant_id = t.tenant_id and d.id = t.device_id
                 where t.tenant_id = :tenant and t.id = :id""")
            .param("tenant", tenant.value())
            .param("id", ticketId)
            .query((rs, i) -> new TicketProblem(rs.getString("problem"), rs.getString("model")))
            .optional());
    }

    record TicketProblem(String problem, String model) {
    }

    private KnownFix ticket(TenantId tenant, ResultSet rs) throws SQLException {
        return new KnownFix(tenant.value().toString(),
                ElasticsearchKnownFixIndex.ticketFixId(rs.getObject("id", UUID.class)),
                rs.getString("product_line"), rs.getString("model"), "", rs.getString("problem"), rs.getString("cause"),
                rs.getString("fix"), partNames(rs.getString("parts")), rs.getInt("severity"),
                instant(rs, "resolved_at"));
    }

    private KnownFix imported(TenantId tenant, ResultSet rs) throws SQLException {
        return new KnownFix(tenant.value().toString(), rs.getString("id"), rs.getString("product_line"),
                rs.getString("model"), rs.getString("title"), rs.getString("symptom"), rs.getString("cause"),
                rs.getString("fix"), partNames(rs.getString("parts")), rs.getInt("severity"),
                instant(rs, "resolved_at"));
    }

    /** Ticket parts are objects with a {@code name}; imported parts are plain names. */
    private List<String> partNames(String parts) {
        return json.readTree(parts).valueStream()
            .map(p -> p.isObject() ? p.path("name").asString("") : p.asString(""))
            .filter(name -> !name.isBlank())
            .toList();
    }
}
