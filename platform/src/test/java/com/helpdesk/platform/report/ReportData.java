package com.helpdesk.platform.report;

import static com.helpdesk.platform.jdbc.SqlTimes.utc;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;

import com.helpdesk.tenantadmin.TenantId;

/**
 * Writes report test data straight into the tables, as the workflows would have left it, with known
 * outcomes (a clock met late, a dispatch refused…). Ticket and complaint numbers come from a range
 * no workflow reaches (800,000,000 on), which also finds them again to delete. Call inside a
 * transaction of {@code tenant}.
 */
record ReportData(JdbcClient jdbc, TenantId tenant) {

    static final long FIRST_NUMBER = 800_000_000L;
    static final String PREFIX = "RPT ";

    /** Deletes what earlier runs left in this tenant: tickets (with their clocks, history…), partners, customers. */
    void clear() {
        jdbc.sql("delete from tickets where tenant_id = :t and number between :a and :b").param("t", tenant.value())
            .param("a", FIRST_NUMBER).param("b", FIRST_NUMBER + 99_999).update();
        jdbc.sql("delete from complaints where tenant_id = :t and number between :a and :b").param("t", tenant.value())
            .param("a", FIRST_NUMBER).param("b", FIRST_NUMBER + 99_999).update();
        jdbc.sql("delete from service_partners where tenant_id = :t and name like 'RPT %'").param("t", tenant.value())
            .update();
        jdbc.sql("delete from customers where tenant_id = :t and name like 'RPT %'").param("t", tenant.value()).update();
    }

    /**
     * A return visit of the ticket and the survey sent with it: {@code status} pending, answered or
     * incomplete; {@code score} (0–10) and {@code passed} for answered ones, else null.
     */
    void survey(UUID ticket, Instant resolvedAt, String status, Double score, Boolean passed) {
        UUID visit = UUID.randomUUID();
        jdbc.sql("""
                insert into return_visits (tenant_id, id, ticket_id, ticket_number, resolved_at, due_at, status, created_at)
                values (:t, :id, :ticket, 0, :at, :at, 'reached', :at)""")
            .param("t", tenant.value()).param("id", visit).param("ticket", ticket).param("at", utc(resolvedAt)).update();
        jdbc.sql("""
                insert into survey_invitations (tenant_id, id, visit_id, ticket_id, form, status, score, passed,
                                                invited_at, expires_at)
                values (:t, :id, :visit, :ticket, '{}', :status, :score, :passed, :at, :at)""")
            .param("t", tenant.value()).param("id", UUID.randomUUID()).param("visit", visit).param("ticket", ticket)
            .param("status", status).param("score", score).param("passed", passed).param("at", utc(resolvedAt))
            .update();
    }

    UUID customer() {
        UUID id = UUID.randomUUID();
        jdbc.sql("insert into customers (tenant_id, id, kind, category, name) values (:t, :id, 'person', 'general', :n)")
            .param("t", tenant.value()).param("id", id).param("n", PREFIX + id).update();
        return id;
    }

    UUID device(UUID customer, String productLine, String model) {
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                insert into devices (tenant_id, id, customer_id, product_line, model, serial_number, purchase_date)
                values (:t, :id, :c, :line, :model, :serial, :bought)""")
            .param("t", tenant.value()).param("id", id).param("c", customer).param("line", productLine)
            .param("model", model).param("serial", "RPT-" + id).param("bought", LocalDate.of(2024, 5, 1)).update();
        return id;
    }

    UUID partner(String name) {
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                insert into service_partners (tenant_id, id, name, region_codes, accept_within_ms)
                values (:t, :id, :n, array['110105'], 7200000)""")
            .param("t", tenant.value()).param("id", id).param("n", PREFIX + name).update();
        return id;
    }

    UUID ticket(long number, String status, Instant reportedAt, String productLine, UUID device) {
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                insert into tickets (tenant_id, id, number, status, severity, channel, terms_version, device_id,
                                     product_line, problem, reported_at, first_contact_at)
                values (:t, :id, :number, :status, 2, 'phone', 1, :device, :line, 'report test fault', :at, :at)""")
            .param("t", tenant.value()).param("id", id).param("number", FIRST_NUMBER + number).param("status", status)
            .param("device", device).param("line", productLine).param("at", utc(reportedAt)).update();
        return id;
    }

    /** A clock started at the report, due {@code due} later; met, breached, paused, superseded after as given (null: not). */
    void clock(UUID ticket, Instant reportedAt, String kind, String name, Duration due, Duration met, Duration breached,
            Duration paused, Duration superseded) {
        jdbc.sql("""
                insert into ticket_clocks (tenant_id, id, ticket_id, kind, name, severity, within_ms, clock, started_at,
                                           warn_at, due_at, met_at, breached_at, paused_since, superseded_at)
                values (:t, :id, :ticket, :kind, :name, 2, :within, 'around-the-clock', :start, :start, :due, :met,
                        :breached, :paused, :superseded)""")
            .param("t", tenant.value()).param("id", UUID.randomUUID()).param("ticket", ticket).param("kind", kind)
            .param("name", name).param("within", due.toMillis()).param("start", utc(reportedAt))
            .param("due", utc(reportedAt.plus(due))).param("met", after(reportedAt, met))
            .param("breached", after(reportedAt, breached)).param("paused", after(reportedAt, paused))
            .param("superseded", after(reportedAt, superseded)).update();
    }

    void clock(UUID ticket, Instant reportedAt, String kind, String name, Duration due, Duration met) {
        clock(ticket, reportedAt, kind, name, due, met, null, null, null);
    }

    /** An offer to a partner made {@code offered} after the report, with a 2 h acceptance target. */
    void dispatch(UUID ticket, UUID partner, Instant reportedAt, String status, Duration offered, Duration answered,
            Duration checkedIn) {
        Instant at = reportedAt.plus(offered);
        boolean accepted = !"refused".equals(status);
        jdbc.sql("""
                insert into ticket_dispatches (tenant_id, id, ticket_id, partner_id, status, dispatched_at, accept_due_at,
                                               answered_at, visit_at, checked_in_at)
                values (:t, :id, :ticket, :partner, :status, :at, :due, :answered, :visit, :checkedIn)""")
            .param("t", tenant.value()).param("id", UUID.randomUUID()).param("ticket", ticket).param("partner", partner)
            .param("status", status).param("at", utc(at)).param("due", utc(at.plus(Duration.ofHours(2))))
            .param("answered", after(reportedAt, answered)).param("visit", accepted ? utc(at.plus(Duration.ofHours(3))) : null)
            .param("checkedIn", after(reportedAt, checkedIn)).update();
    }

    void resolution(UUID ticket, String cause, Instant recordedAt) {
        jdbc.sql("""
                insert into ticket_resolutions (tenant_id, ticket_id, cause, fix, in_warranty, charging_rule,
                                                charge_cents, charge_basis, recorded_at)
                values (:t, :ticket, :cause, 'repaired', true, 'free', 0, 'in warranty', :at)""")
            .param("t", tenant.value()).param("ticket", ticket).param("cause", cause).param("at", utc(recordedAt)).update();
    }

    /** A status change in the history ("resolved", "reopened"), as the workflow records it. */
    void status(UUID ticket, String to, Instant at) {
        jdbc.sql("""
                insert into ticket_events (tenant_id, ticket_id, at, actor_name, type, data)
                values (:t, :ticket, :at, 'report test', 'status', cast(:data as jsonb))""")
            .param("t", tenant.value()).param("ticket", ticket).param("at", utc(at))
            .param("data", "{\"from\": \"on-site\", \"to\": \"" + to + "\", \"reason\": \"\", \"met\": []}").update();
    }

    /** A complaint with a reply target of {@code due} (null: none), replied after {@code replied} (null: not). */
    void complaint(long number, Instant at, Duration due, Duration replied) {
        jdbc.sql("""
                insert into complaints (tenant_id, id, number, channel, text, status, reply_within_ms, reply_clock,
                                        reply_due_at, replied_at, created_at)
                values (:t, :id, :number, 'ivr', 'report test', :status, :within, :clock, :due, :replied, :at)""")
            .param("t", tenant.value()).param("id", UUID.randomUUID()).param("number", FIRST_NUMBER + number)
            .param("status", replied == null ? "open" : "replied").param("within", due == null ? null : due.toMillis())
            .param("clock", due == null ? null : "around-the-clock").param("due", after(at, due))
            .param("replied", after(at, replied)).param("at", utc(at)).update();
    }

    private static java.time.OffsetDateTime after(Instant start, Duration by) {
        return by == null ? null : utc(start.plus(by));
    }
}
