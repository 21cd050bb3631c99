package com.helpdesk.platform.ticket;

import static com.helpdesk.platform.jdbc.SqlTimes.instant;
import static com.helpdesk.platform.jdbc.SqlTimes.utc;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.namedparam.SqlParameterSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import com.helpdesk.tenantadmin.TenantId;
import com.helpdesk.tenantadmin.calendar.Pause;
import com.helpdesk.tenantadmin.terms.ClockKind;
import com.helpdesk.tenantadmin.terms.Target;

/** A ticket's SLA clocks and the customer waits that pause them. */
@Repository
class ClockRepository {

    private static final String COLUMNS = """
            id, kind, name, severity, within_ms, clock, started_at, warn_at, due_at, paused_since, met_at, warned_at,
            breached_at, superseded_at""";

    private final JdbcClient jdbc;
    private final NamedParameterJdbcTemplate batch;

    ClockRepository(JdbcClient jdbc, NamedParameterJdbcTemplate batch) {
        this.jdbc = jdbc;
        this.batch = batch;
    }

    /** Adds clocks in one round trip: a new ticket has five or more. */
    void insert(TenantId tenant, UUID ticket, List<SlaClock> clocks) {
        if (clocks.isEmpty()) {
            return;
        }
        SqlParameterSource[] rows = clocks.stream().map(c -> new MapSqlParameterSource()
                .addValue("tenant", tenant.value())
                .addValue("ticket", ticket)
                .addValue("id", c.id())
                .addValue("kind", SlaClock.kindValue(c.kind()))
                .addValue("name", c.name())
                .addValue("severity", c.severity())
                .addValue("within", c.within().toMillis())
                .addValue("clock", clockValue(c.clock()))
                .addValue("startedAt", utc(c.startedAt()))
                .addValue("warnAt", utc(c.warnAt()))
                .addValue("dueAt", utc(c.dueAt()))
                .addValue("metAt", utc(c.metAt())))
            .toArray(SqlParameterSource[]::new);
        batch.batchUpdate("""
                insert into ticket_clocks (tenant_id, id, ticket_id, kind, name, severity, within_ms, clock, started_at,
                                           warn_at, due_at, met_at)
                values (:tenant, :id, :ticket, :kind, :name, :severity, :within, :clock, :startedAt, :warnAt, :dueAt,
                        :metAt)""", rows);
    }

    /** Every clock of the ticket, superseded ones included, in the order they were started. */
    List<SlaClock> ofTicket(TenantId tenant, UUID ticket) {
        return jdbc.sql("select " + COLUMNS + "\n" + """
                 from ticket_clocks where tenant_id = :tenant and ticket_id = :ticket
                 order by started_at, due_at, kind, name, superseded_at nulls last""")
            .param("tenant", tenant.value())
            .param("ticket", ticket)
            .query(ClockRepository::clock)
            .list();
    }

    /** Stores the clock's changing fields: due and warn instants, pause, met, superseded. */
    void update(TenantId tenant, SlaClock c) {
        jdbc.sql("""
                update ticket_clocks set warn_at = :warnAt, due_at = :dueAt, paused_since = :pausedSince,
                                         met_at = :metAt, superseded_at = :supersededAt
                 where tenant_id = :tenant and id = :id""")
            .param("tenant", tenant.value())
            .param("id", c.id())
            .param("warnAt", utc(c.warnAt()))
            .param("dueAt", utc(c.dueAt()))
            .param("pausedSince", utc(c.pausedSince()))
            .param("metAt", utc(c.metAt()))
            .param("supersededAt", utc(c.supersededAt()))
            .update();
    }

    /**
     * Marks the clock warned if it was not yet; false if another scheduler run did it first,
     * which keeps a warning from firing twice.
     */
    boolean markWarned(TenantId tenant, UUID clock, Instant at) {
        return jdbc.sql("""
                update ticket_clocks set warned_at = :at
                 where tenant_id = :tenant and id = :id and warned_at is null""")
            .param("tenant", tenant.value())
            .param("id", clock)
            .param("at", utc(at))
            .update() == 1;
    }

    /** As {@link #markWarned}, for the breach. */
    boolean markBreached(TenantId tenant, UUID clock, Instant at) {
        return jdbc.sql("""
                update ticket_clocks set breached_at = :at
                 where tenant_id = :tenant and id = :id and breached_at is null""")
            .param("tenant", tenant.value())
            .param("id", clock)
            .param("at", utc(at))
            .update() == 1;
    }

    void startPause(TenantId tenant, UUID ticket, Instant at, String reason) {
        jdbc.sql("""
                insert into ticket_pauses (tenant_id, ticket_id, started_at, reason)
                values (:tenant, :ticket, :at, :reason)""")
            .param("tenant", tenant.value())
            .param("ticket", ticket)
            .param("at", utc(at))
            .param("reason", reason == null ? "" : reason)
            .update();
    }

    void endPause(TenantId tenant, UUID ticket, Instant at) {
        jdbc.sql("""
                update ticket_pauses set ended_at = :at
                 where tenant_id = :tenant and ticket_id = :ticket and ended_at is null""")
            .param("tenant", tenant.value())
            .param("ticket", ticket)
            .param("at", utc(at))
            .update();
    }

    /** The ended waits of the ticket, which the clocks leave out. */
    List<Pause> pauses(TenantId tenant, UUID ticket) {
        return jdbc.sql("""
                select started_at, ended_at from ticket_pauses
                 where tenant_id = :tenant and ticket_id = :ticket and ended_at is not null order by started_at""")
            .param("tenant", tenant.value())
            .param("ticket", ticket)
            .query((rs, i) -> new Pause(instant(rs, "started_at"), instant(rs, "ended_at")))
            .list();
    }

    /** When the scheduler next has something to do for the ticket: a warning or a breach. */
    Optional<Instant> nextAlarm(TenantId tenant, UUID ticket) {
        return SlaClock.nextAlarm(ofTicket(tenant, ticket));
    }

    static String clockValue(ClockKind clock) {
        return clock == ClockKind.BUSINESS ? "business" : "around-the-clock";
    }

    private static SlaClock clock(ResultSet rs, int row) throws SQLException {
        Target target = new Target(Duration.ofMillis(rs.getLong("within_ms")),
                "business".equals(rs.getString("clock")) ? ClockKind.BUSINESS : ClockKind.AROUND_THE_CLOCK);
        return new SlaClock(rs.getObject("id", UUID.class), SlaClock.kindOf(rs.getString("kind")),
                rs.getString("name"), rs.getInt("severity"), target, instant(rs, "started_at"),
                instant(rs, "warn_at"), instant(rs, "due_at"), instant(rs, "paused_since"), instant(rs, "met_at"),
                instant(rs, "warned_at"), instant(rs, "breached_at"), instant(rs, "superseded_at"));
    }
}
