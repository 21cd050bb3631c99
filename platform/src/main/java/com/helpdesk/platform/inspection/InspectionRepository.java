package com.helpdesk.platform.inspection;

import static com.helpdesk.platform.jdbc.SqlTimes.instant;
import static com.helpdesk.platform.jdbc.SqlTimes.utc;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import com.helpdesk.tenantadmin.TenantId;
import com.helpdesk.tenantadmin.terms.InspectionInterval;

/** Inspection plans and visits; every call runs inside the tenant's transaction. */
@Repository
class InspectionRepository {

    private static final String PLAN = """
            id, customer_id, device_id, interval, first_visit_on, next_visit_on, assignee_id, partner_id, notes, active,
            version, created_at""";
    private static final String VISIT = """
            id, plan_id, customer_id, device_id, scheduled_on, assignee_id, partner_id, status, visited_on,
            report_warn_at, report_due_at, report_breached_at, checklist::text as checklist, findings,
            readings::text as readings, signed_off_by, reported_at, reported_by, version""";
    private static final TypeReference<List<InspectionVisit.CheckItem>> CHECKLIST = new TypeReference<>() {
    };
    private static final TypeReference<List<InspectionVisit.Reading>> READINGS = new TypeReference<>() {
    };

    private final JdbcClient jdbc;
    private final JsonMapper json;

    InspectionRepository(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    void insertPlan(TenantId tenant, InspectionPlan p) {
        jdbc.sql("""
                insert into inspection_plans (tenant_id, id, customer_id, device_id, interval, first_visit_on,
                    next_visit_on, assignee_id, partner_id, notes, created_at)
                values (:tenant, :id, :customer, :device, :interval, :first, :next, :assignee, :partner, :notes, :now)""")
            .param("tenant", tenant.value())
            .param("id", p.id())
            .param("customer", p.customerId())
            .param("device", p.deviceId())
            .param("interval", p.interval().name())
            .param("first", p.firstVisitOn())
            .param("next", p.nextVisitOn())
            .param("assignee", p.assigneeId())
            .param("partner", p.partnerId())
            .param("notes", p.notes())
            .param("now", utc(p.createdAt()))
            .update();
    }

    Optional<InspectionPlan> plan(TenantId tenant, UUID id) {
        return jdbc.sql("select " + PLAN + " from inspection_plans where tenant_id = :tenant and id = :id")
            .param("tenant", tenant.value())
            .param("id", id)
            .query(InspectionRepository::plan)
            .optional();
    }

    List<InspectionPlan> plans(TenantId tenant, UUID customer) {
        JdbcClient.StatementSpec spec = jdbc.sql("select " + PLAN + " from inspection_plans where tenant_id = :tenant"
                + (customer == null ? "" : " and customer_id = :customer") + " order by created_at desc limit 500")
            .param("tenant", tenant.value());
        return (customer == null ? spec : spec.param("customer", customer)).query(InspectionRepository::plan).list();
    }

    /** Active plans whose next visit falls on or before {@code until}, locked against a parallel run. */
    List<InspectionPlan> dueForGeneration(TenantId tenant, LocalDate until) {
        return jdbc.sql("select " + PLAN + "\n" + """
                 from inspection_plans where tenant_id = :tenant and active and next_visit_on <= :until
                 order by next_visit_on for update skip locked""")
            .param("tenant", tenant.value())
            .param("until", until)
            .query(InspectionRepository::plan)
            .list();
    }

    void moveNext(TenantId tenant, UUID plan, LocalDate next) {
        jdbc.sql("update inspection_plans set next_visit_on = :next where tenant_id = :tenant and id = :id")
            .param("next", next)
            .param("tenant", tenant.value())
            .param("id", plan)
            .update();
    }

    void deactivate(TenantId tenant, UUID plan, int version) {
        int rows = jdbc.sql("""
                update inspection_plans set active = false, version = version + 1
                 where tenant_id = :tenant and id = :id and version = :version""")
            .param("tenant", tenant.value())
            .param("id", plan)
            .param("version", version)
            .update();
        if (rows != 1) {
            throw new OptimisticLockingFailureException("Inspection plan " + plan + " is no longer at version " + version);
        }
        jdbc.sql("""
                update inspection_visits set status = 'cancelled', version = version + 1
                 where tenant_id = :tenant and plan_id = :id and status = 'scheduled'""")
            .param("tenant", tenant.value())
            .param("id", plan)
            .update();
    }

    /** Inserts the visit unless the plan has one on that date already; answers whether it did. */
    boolean insertVisit(TenantId tenant, InspectionPlan p, UUID id, LocalDate on, ReportClock clock, Instant now) {
        return jdbc.sql("""
                insert into inspection_visits (tenant_id, id, plan_id, customer_id, device_id, scheduled_on, assignee_id,
                    partner_id, report_warn_at, report_due_at, created_at)
                values (:tenant, :id, :plan, :customer, :device, :on, :assignee, :partner, :warn, :due, :now)
                on conflict (tenant_id, plan_id, scheduled_on) do nothing""")
            .param("tenant", tenant.value())
            .param("id", id)
            .param("plan", p.id())
            .param("customer", p.customerId())
            .param("device", p.deviceId())
            .param("on", on)
            .param("assignee", p.assigneeId())
            .param("partner", p.partnerId())
            .param("warn", clock == null ? null : utc(clock.warnAt()))
            .param("due", clock == null ? null : utc(clock.dueAt()))
            .param("now", utc(now))
            .update() == 1;
    }

    Optional<InspectionVisit> visit(TenantId tenant, UUID id, Instant now) {
        return jdbc.sql("select " + VISIT + " from inspection_visits where tenant_id = :tenant and id = :id")
            .param("tenant", tenant.value())
            .param("id", id)
            .query((rs, i) -> visit(rs, now))
            .optional();
    }

    Optional<InspectionVisit> lockVisit(TenantId tenant, UUID id, Instant now) {
        return jdbc.sql("select " + VISIT + " from inspection_visits where tenant_id = :tenant and id = :id for update")
            .param("tenant", tenant.value())
            .param("id", id)
            .query((rs, i) -> visit(rs, now))
            .optional();
    }

    List<InspectionVisit> visits(TenantId tenant, VisitFilter f, int page, int size, Instant now) {
        List<String> where = new ArrayList<>(List.of("tenant_id = :tenant"));
        if (f.plan() != null) {
            where.add("plan_id = :plan");
        }
        if (f.partner() != null) {
            where.add("partner_id = :partner");
        }
        if (f.status() != null) {
            where.add("status = :status");
        }
        if (f.from() != null) {
            where.add("scheduled_on >= :from");
        }
        if (f.to() != null) {
            where.add("scheduled_on <= :to");
        }
        JdbcClient.StatementSpec spec = jdbc.sql("select " + VISIT + " from inspection_visits where "
                + String.join(" and ", where) + " order by scheduled_on, id limit :size offset :offset")
            .param("tenant", tenant.value())
            .param("size", size)
            .param("offset", (long) page * size);
        spec = f.plan() == null ? spec : spec.param("plan", f.plan());
        spec = f.partner() == null ? spec : spec.param("partner", f.partner());
        spec = f.status() == null ? spec : spec.param("status", f.status());
        spec = f.from() == null ? spec : spec.param("from", f.from());
        spec = f.to() == null ? spec : spec.param("to", f.to());
        return spec.query((rs, i) -> visit(rs, now)).list();
    }

    void report(TenantId tenant, UUID id, int version, InspectionRequests.Report r, String reportedBy, Instant now) {
        int rows = jdbc.sql("""
                update inspection_visits set status = 'reported', visited_on = :visitedOn, checklist = cast(:checklist as jsonb),
                       findings = :findings, readings = cast(:readings as jsonb), signed_off_by = :signedOffBy,
                       reported_at = :now, reported_by = :reportedBy, version = version + 1
                 where tenant_id = :tenant and id = :id and version = :version""")
            .param("visitedOn", r.visitedOn())
            .param("checklist", json.writeValueAsString(r.checklist()))
            .param("findings", r.findings())
            .param("readings", json.writeValueAsString(r.readings()))
            .param("signedOffBy", r.signedOffBy())
            .param("now", utc(now))
            .param("reportedBy", reportedBy)
            .param("tenant", tenant.value())
            .param("id", id)
            .param("version", version)
            .update();
        if (rows != 1) {
            throw new OptimisticLockingFailureException("Inspection " + id + " is no longer at version " + version);
        }
    }

    /** Marks the warning or the breach once; true for the first run that gets here. */
    boolean mark(TenantId tenant, UUID id, String column, Instant at) {
        return jdbc.sql("update inspection_visits set " + column + " = :at where tenant_id = :tenant and id = :id and "
                + column + " is null and status = 'scheduled'")
            .param("at", utc(at))
            .param("tenant", tenant.value())
            .param("id", id)
            .update() == 1;
    }

    /** When the visit's report clock next needs the scheduler: its warning, then its due time. */
    Optional<Instant> nextAlarm(TenantId tenant, UUID id) {
        return jdbc.sql("""
                select least(case when report_warned_at is null then report_warn_at end,
                             case when report_breached_at is null then report_due_at end) as next
                  from inspection_visits where tenant_id = :tenant and id = :id and status = 'scheduled'""")
            .param("tenant", tenant.value())
            .param("id", id)
            .query((rs, i) -> Optional.ofNullable(instant(rs, "next")))
            .optional()
            .flatMap(o -> o);
    }

    private static InspectionPlan plan(ResultSet rs, int row) throws SQLException {
        return new InspectionPlan(rs.getObject("id", UUID.class), rs.getObject("customer_id", UUID.class),
                rs.getObject("device_id", UUID.class), InspectionInterval.valueOf(rs.getString("interval")),
                rs.getObject("first_visit_on", LocalDate.class), rs.getObject("next_visit_on", LocalDate.class),
                rs.getObject("assignee_id", UUID.class), rs.getObject("partner_id", UUID.class), rs.getString("notes"),
                rs.getBoolean("active"), rs.getInt("version"), instant(rs, "created_at"));
    }

    private InspectionVisit visit(ResultSet rs, Instant now) throws SQLException {
        Instant due = instant(rs, "report_due_at");
        Instant reported = instant(rs, "reported_at");
        Instant breached = instant(rs, "report_breached_at");
        String status = rs.getString("status");
        String state = due == null ? "none"
                : reported != null ? (reported.isAfter(due) ? "breached" : "met")
                : breached != null || (now.isAfter(due) && status.equals("scheduled")) ? "breached"
                : status.equals("cancelled") ? "none" : "running";
        return new InspectionVisit(rs.getObject("id", UUID.class), rs.getObject("plan_id", UUID.class),
                rs.getObject("customer_id", UUID.class), rs.getObject("device_id", UUID.class),
                rs.getObject("scheduled_on", LocalDate.class), rs.getObject("assignee_id", UUID.class),
                rs.getObject("partner_id", UUID.class), status, rs.getObject("visited_on", LocalDate.class),
                instant(rs, "report_warn_at"), due, breached, json.readValue(rs.getString("checklist"), CHECKLIST),
                rs.getString("findings"), json.readValue(rs.getString("readings"), READINGS),
                rs.getString("signed_off_by"), reported, rs.getString("reported_by"), rs.getInt("version"), state);
    }
}
