package com.helpdesk.platform.audit;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import org.slf4j.MDC;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import com.helpdesk.platform.security.StaffMember;
import com.helpdesk.platform.tenancy.TenantTransactions;
import com.helpdesk.tenantadmin.TenantId;

/**
 * Writes and reads the audit log. The application's database role may insert and read entries
 * but neither change nor delete them.
 */
@Component
public class AuditLog {

    private final JdbcClient jdbc;
    private final TenantTransactions transactions;

    AuditLog(JdbcClient jdbc, TenantTransactions transactions) {
        this.jdbc = jdbc;
        this.transactions = transactions;
    }

    public void record(TenantId tenant, StaffMember actor, String action, String targetType, String targetId) {
        insert(tenant, actor == null ? null : actor.userId(), actor == null ? "system" : actor.username(), action,
                targetType, targetId);
    }

    /** For actions whose actor is known only by name (a platform admin acting on a tenant). */
    public void record(TenantId tenant, String actorName, String action, String targetType, String targetId) {
        insert(tenant, null, actorName, action, targetType, targetId);
    }

    private void insert(TenantId tenant, UUID actorId, String actorName, String action, String targetType,
            String targetId) {
        transactions.run(tenant, () -> jdbc.sql("""
                insert into audit_log (tenant_id, actor_id, actor_name, action, target_type, target_id, request_id)
                values (:tenant, :actorId, :actorName, :action, :targetType, :targetId, :requestId)""")
            .param("tenant", tenant.value())
            .param("actorId", actorId)
            .param("actorName", actorName)
            .param("action", action)
            .param("targetType", targetType)
            .param("targetId", targetId)
            .param("requestId", MDC.get("requestId"))
            .update());
    }

    /** Newest first; {@code before} pages backwards by entry id. */
    public List<AuditEntry> recent(TenantId tenant, Long before, int limit) {
        return transactions.call(tenant, () -> jdbc.sql("""
                select id, occurred_at, actor_id, actor_name, action, target_type, target_id, request_id
                  from audit_log
                 where tenant_id = :tenant and (cast(:before as bigint) is null or id < :before)
                 order by id desc limit :limit""")
            .param("tenant", tenant.value())
            .param("before", before)
            .param("limit", limit)
            .query((rs, i) -> new AuditEntry(rs.getLong("id"),
                    rs.getObject("occurred_at", OffsetDateTime.class).toInstant(),
                    rs.getObject("actor_id", UUID.class), rs.getString("actor_name"), rs.getString("action"),
                    rs.getString("target_type"), rs.getString("target_id"), rs.getString("request_id")))
            .list());
    }
}
