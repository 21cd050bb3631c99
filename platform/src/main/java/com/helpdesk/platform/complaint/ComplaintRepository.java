package com.helpdesk.platform.complaint;

import static com.helpdesk.platform.jdbc.SqlTimes.instant;
import static com.helpdesk.platform.jdbc.SqlTimes.utc;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import com.helpdesk.tenantadmin.TenantId;

/** Complaints and their escalation steps; every call runs inside the tenant's transaction. */
@Repository
class ComplaintRepository {

    static final String COLUMNS = """
            id, number, channel, status, subject, text, complainant, caller_phone, customer_id, assignee_id,
            escalation_tier, terms_version, reply_within_ms, reply_clock, reply_due_at, replied_at, reply,
            reply_breached_at, outcome, resolved_at, closed_at, linked_id, recording_ref, created_at, version""";

    private final JdbcClient jdbc;

    ComplaintRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long nextNumber() {
        return jdbc.sql("select nextval('complaint_numbers')").query(Long.class).single();
    }

    void insert(TenantId tenant, Complaint c, UUID createdBy) {
        jdbc.sql("""
                insert into complaints (tenant_id, id, number, channel, status, subject, text, complainant, caller_phone,
                    customer_id, assignee_id, linked_id, recording_ref, recording_ms, language, terms_version,
                    reply_within_ms, reply_clock, reply_due_at, created_at, created_by, updated_at)
                values (:tenant, :id, :number, :channel, 'open', :subject, :text, :complainant, :phone, :customer,
                    :assignee, :linkedId, :recording, :recordingMs, :language, :termsVersion, :withinMs, :replyClock,
                    :due, :now, :createdBy, :now)""")
            .param("tenant", tenant.value())
            .param("id", c.id())
            .param("number", c.number())
            .param("channel", c.channel())
            .param("subject", c.subject())
            .param("text", c.text())
            .param("complainant", c.complainant())
            .param("phone", c.callerPhone())
            .param("customer", c.customerId())
            .param("assignee", c.assigneeId())
            .param("linkedId", c.linkedId())
            .param("recording", c.recordingRef())
            .param("recordingMs", 0L)
            .param("language", "")
            .param("termsVersion", c.termsVersion())
            .param("withinMs", c.replyWithin() == null ? null : c.replyWithin().toMillis())
            .param("replyClock", c.replyClock())
            .param("due", utc(c.replyDueAt()))
            .param("now", utc(c.createdAt()))
            .param("createdBy", createdBy)
            .update();
    }

    /** The IVR's recording: its length and language, kept from V8's columns. */
    void recording(TenantId tenant, UUID id, long recordingMs, String language) {
        jdbc.sql("update complaints set recording_ms = :ms, language = :language where tenant_id = :tenant and id = :id")
            .param("ms", recordingMs)
            .param("language", language == null ? "" : language)
            .param("tenant", tenant.value())
            .param("id", id)
            .update();
    }

    Optional<Complaint> find(TenantId tenant, UUID id) {
        return jdbc.sql("select " + COLUMNS + " from complaints where tenant_id = :tenant and id = :id")
            .param("tenant", tenant.value())
            .param("id", id)
            .query(ComplaintRepository::complaint)
            .optional();
    }

    Optional<Complaint> lock(TenantId tenant, UUID id) {
        return jdbc.sql("select " + COLUMNS + " from complaints where tenant_id = :tenant and id = :id for update")
            .param("tenant", tenant.value())
            .param("id", id)
            .query(ComplaintRepository::complaint)
            .optional();
    }

    /** Stores the changed fields if the version is still {@code expected}; the stored complaint. */
    Complaint update(TenantId tenant, Complaint c, int expected, Instant now) {
        int rows = jdbc.sql("""
                update complaints set status = :status, escalation_tier = :tier, assignee_id = :assignee,
                       reply = :reply, replied_at = :repliedAt, outcome = :outcome, resolved_at = :resolvedAt,
                       closed_at = :closedAt, reply_breached_at = :breachedAt, version = version + 1, updated_at = :now
                 where tenant_id = :tenant and id = :id and version = :expected""")
            .param("status", c.status().value())
            .param("tier", c.escalationTier())
            .param("assignee", c.assigneeId())
            .param("reply", c.reply())
            .param("repliedAt", utc(c.repliedAt()))
            .param("outcome", c.outcome())
            .param("resolvedAt", utc(c.resolvedAt()))
            .param("closedAt", utc(c.closedAt()))
            .param("breachedAt", utc(c.replyBreachedAt()))
            .param("now", utc(now))
            .param("tenant", tenant.value())
            .param("id", c.id())
            .param("expected", expected)
            .update();
        if (rows != 1) {
            throw new OptimisticLockingFailureException("Complaint " + c.id() + " is no longer at version " + expected);
        }
        return find(tenant, c.id()).orElseThrow();
    }

    ComplaintPage list(TenantId tenant, ComplaintFilter filter, int page, int size, Instant now) {
        List<String> where = new ArrayList<>(List.of("c.tenant_id = :tenant"));
        if (filter.status() != null) {
            where.add("c.status = :status");
        }
        if (filter.tier() != null) {
            where.add("c.escalation_tier = :tier");
        }
        if (filter.customer() != null) {
            where.add("c.customer_id = :customer");
        }
        if (filter.ticket() != null) {
            where.add("""
                    exists (select 1 from complaint_links l where l.tenant_id = c.tenant_id and l.complaint_id = c.id
                                and l.kind = 'ticket' and l.target_id = :ticket)""");
        }
        if (filter.breached() != null) {
            where.add((filter.breached() ? "" : "not ") + """
                    (c.reply_breached_at is not null or c.replied_at > c.reply_due_at
                     or (c.replied_at is null and c.reply_due_at < :now and c.status = 'open'))""");
        }
        String condition = String.join(" and ", where);
        long total = bind(jdbc.sql("select count(*) from complaints c where " + condition), tenant, filter, now)
            .query(Long.class).single();
        List<Complaint> items = bind(jdbc.sql("select " + COLUMNS + " from complaints c where "
                + condition + " order by c.created_at desc, c.id limit :size offset :offset"), tenant, filter, now)
            .param("size", size)
            .param("offset", (long) page * size)
            .query(ComplaintRepository::complaint)
            .list();
        return new ComplaintPage(items.stream().map(c -> ComplaintView.of(c, now)).toList(), page, size, total);
    }

    private static JdbcClient.StatementSpec bind(JdbcClient.StatementSpec spec, TenantId tenant, ComplaintFilter f,
            Instant now) {
        spec = spec.param("tenant", tenant.value()).param("now", utc(now));
        if (f.status() != null) {
            spec = spec.param("status", f.status().value());
        }
        if (f.tier() != null) {
            spec = spec.param("tier", f.tier());
        }
        if (f.customer() != null) {
            spec = spec.param("customer", f.customer());
        }
        if (f.ticket() != null) {
            spec = spec.param("ticket", f.ticket());
        }
        return spec;
    }

    static Complaint complaint(ResultSet rs, int row) throws SQLException {
        long withinMs = rs.getLong("reply_within_ms");
        Duration within = rs.wasNull() ? null : Duration.ofMillis(withinMs);
        int termsVersion = rs.getInt("terms_version");
        Integer terms = rs.wasNull() ? null : termsVersion;
        return new Complaint(rs.getObject("id", UUID.class), rs.getLong("number"), rs.getString("channel"),
                ComplaintStatus.of(rs.getString("status")).orElseThrow(), rs.getString("subject"), rs.getString("text"),
                rs.getString("complainant"), rs.getString("caller_phone"), rs.getObject("customer_id", UUID.class),
                rs.getObject("assignee_id", UUID.class), rs.getString("escalation_tier"), terms, within,
                rs.getString("reply_clock"), instant(rs, "reply_due_at"), instant(rs, "replied_at"),
                rs.getString("reply"), instant(rs, "reply_breached_at"), rs.getString("outcome"),
                instant(rs, "resolved_at"), instant(rs, "closed_at"), rs.getString("linked_id"),
                rs.getString("recording_ref"), instant(rs, "created_at"), rs.getInt("version"));
    }
}
