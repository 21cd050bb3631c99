package com.helpdesk.platform.knownfix;

import static com.helpdesk.platform.jdbc.SqlTimes.utc;

import java.util.List;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

import tools.jackson.databind.json.JsonMapper;

import com.helpdesk.platform.tenancy.TenantTransactions;
import com.helpdesk.tenantadmin.TenantId;

/**
 * Stores imported known fixes and, in the same transaction, publishes {@link KnownFixesImported}:
 * the outbox takes them to the index exactly like resolved tickets, so an Elasticsearch outage
 * delays the import's visibility but loses nothing. Importing an id again replaces the report.
 */
@Service
class KnownFixImport {

    private static final int EVENT_SIZE = 100;

    private final TenantTransactions transactions;
    private final JdbcClient jdbc;
    private final JsonMapper json;
    private final ApplicationEventPublisher events;

    KnownFixImport(TenantTransactions transactions, JdbcClient jdbc, JsonMapper json,
            ApplicationEventPublisher events) {
        this.transactions = transactions;
        this.jdbc = jdbc;
        this.json = json;
        this.events = events;
    }

    void store(TenantId tenant, List<ImportedFix> fixes) {
        transactions.run(tenant, () -> {
            fixes.forEach(f -> upsert(tenant, f));
            // Events of a bounded size: one failing bulk is retried alone, not the whole import.
            for (int from = 0; from < fixes.size(); from += EVENT_SIZE) {
                events.publishEvent(new KnownFixesImported(tenant, fixes.subList(from,
                        Math.min(fixes.size(), from + EVENT_SIZE)).stream().map(ImportedFix::id).toList()));
            }
        });
    }

    /** How many reports the tenant has imported. */
    int count(TenantId tenant) {
        return transactions.call(tenant, () -> jdbc.sql("select count(*) from known_fix_imports where tenant_id = :t")
            .param("t", tenant.value()).query(Integer.class).single());
    }

    private void upsert(TenantId tenant, ImportedFix f) {
        jdbc.sql("""
                insert into known_fix_imports (tenant_id, id, product_line, model, title, symptom, cause, fix, parts,
                                               severity, resolved_at, imported_at)
                values (:tenant, :id, :productLine, :model, :title, :symptom, :cause, :fix, cast(:parts as jsonb),
                        :severity, :resolvedAt, now())
                on conflict (tenant_id, id) do update set product_line = excluded.product_line,
                    model = excluded.model, title = excluded.title, symptom = excluded.symptom,
                    cause = excluded.cause, fix = excluded.fix, parts = excluded.parts,
                    severity = excluded.severity, resolved_at = excluded.resolved_at, imported_at = now()""")
            .param("tenant", tenant.value())
            .param("id", f.id())
            .param("productLine", f.productLine())
            .param("model", f.model())
            .param("title", f.title())
            .param("symptom", f.symptom())
            .param("cause", f.cause())
            .param("fix", f.fix())
            .param("parts", json.writeValueAsString(f.parts()))
            .param("severity", f.severity())
            .param("resolvedAt", utc(f.resolvedAt()))
            .update();
    }
}
