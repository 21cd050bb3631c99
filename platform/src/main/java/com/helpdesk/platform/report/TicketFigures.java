package com.helpdesk.platform.report;

import static com.helpdesk.platform.jdbc.SqlTimes.utc;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import com.helpdesk.platform.report.QualityReport.CauseCount;
import com.helpdesk.platform.report.QualityReport.Compliance;
import com.helpdesk.platform.report.QualityReport.LineCount;
import com.helpdesk.platform.report.QualityReport.ModelCount;
import com.helpdesk.platform.report.QualityReport.Volume;
import com.helpdesk.tenantadmin.TenantId;

/**
 * The ticket side of the report, one set-based query per section over the month's tickets: the range
 * of {@code tickets_by_reported}, and of the V14 indexes led by each child row's ticket_reported_at.
 * Run inside the report's tenant transaction.
 */
@Repository
class TicketFigures {

    private static final String MONTH = "t.tenant_id = :tenant and t.reported_at >= :from and t.reported_at < :to";

    private final JdbcClient jdbc;

    TicketFigures(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Ticket counts overall, by product line and by model (the model is the device's), in one pass. */
    Volume volume(TenantId tenant, ReportMonth month) {
        List<LineCount> lines = new ArrayList<>();
        List<ModelCount> models = new ArrayList<>();
        long[] totals = new long[2];
        jdbc.sql("""
                select grouping(t.product_line) as all_lines, grouping(coalesce(d.model, '')) as all_models,
                       t.product_line, coalesce(d.model, '') as model, count(*) as tickets,
                       count(*) filter (where t.status in ('resolved', 'closed')) as resolved
                  from tickets t
                  left join devices d on d.tenant_id = t.tenant_id and d.id = t.device_id
                 where\s""" + MONTH + """

                 group by grouping sets ((), (t.product_line), (t.product_line, coalesce(d.model, '')))
                 order by tickets desc, t.product_line, model""")
            .params(params(tenant, month))
            .query(rs -> {
                long tickets = rs.getLong("tickets");
                if (rs.getInt("all_lines") == 1) {
                    totals[0] = tickets;
                    totals[1] = rs.getLong("resolved");
                }
                else if (rs.getInt("all_models") == 1) {
                    lines.add(new LineCount(rs.getString("product_line"), tickets, rs.getLong("resolved")));
                }
                else {
                    models.add(new ModelCount(rs.getString("product_line"), rs.getString("model"), tickets));
                }
            });
        return new Volume(totals[0], totals[1], lines, models, List.of());
    }

    /**
     * The most frequent causes of the month's resolved tickets (their resolution records, in the range
     * of {@code ticket_resolutions_by_reported}), then "other" for the rest and "unresolved" for the
     * month's tickets without a record.
     */
    List<CauseCount> causes(TenantId tenant, ReportMonth month, int top, long tickets) {
        List<CauseCount> causes = new ArrayList<>();
        long[] counted = new long[2];
        jdbc.sql("""
                select cause, tickets, rank <= :top as named
                  from (select btrim(r.cause) as cause, count(*) as tickets,
                               row_number() over (order by count(*) desc, btrim(r.cause)) as rank
                          from ticket_resolutions r
                         where r.tenant_id = :tenant and r.ticket_reported_at >= :from and r.ticket_reported_at < :to
                         group by btrim(r.cause)) ranked
                 order by tickets desc, cause""")
            .params(params(tenant, month))
            .param("top", top)
            .query(rs -> {
                long n = rs.getLong("tickets");
                counted[0] += n;
                if (rs.getBoolean("named")) {
                    causes.add(new CauseCount(rs.getString("cause"), n, false, false));
                }
                else {
                    counted[1] += n;
                }
            });
        if (counted[1] > 0) {
            causes.add(new CauseCount("", counted[1], true, false));
        }
        if (tickets > counted[0]) {
            causes.add(new CauseCount("", tickets - counted[0], false, true));
        }
        return causes;
    }

    /**
     * The promises in force on the month's tickets, by kind, and by region zone and kind, read from
     * {@code ticket_clocks_by_reported} alone. A ticket's zone is the name of its on-site clock; an
     * unmet clock past due (or marked breached) is broken.
     */
    List<Compliance> compliance(TenantId tenant, ReportMonth month, Instant now) {
        return jdbc.sql("""
                with promises as (
                    select c.kind, c.due_at, c.met_at, c.breached_at, c.paused_since,
                           coalesce(max(c.name) filter (where c.kind = 'on-site') over (partition by c.ticket_id), '') as zone
                      from ticket_clocks c
                     where c.tenant_id = :tenant and c.ticket_reported_at >= :from and c.ticket_reported_at < :to
                       and c.superseded_at is null)
                select grouping(zone) as all_zones, zone, kind, count(*) as promises,
                       count(*) filter (where met_at <= due_at) as on_time,
                       count(*) filter (where met_at > due_at) as late,
                       count(*) filter (where met_at is null
                                          and (breached_at is not null or coalesce(paused_since, :now) > due_at)) as breached
                  from promises
                 group by grouping sets ((kind), (zone, kind))
                 order by all_zones desc, zone, kind""")
            .params(params(tenant, month))
            .param("now", utc(now))
            .query((rs, i) -> {
                long onTime = rs.getLong("on_time");
                long late = rs.getLong("late");
                long breached = rs.getLong("breached");
                long promises = rs.getLong("promises");
                return new Compliance(rs.getInt("all_zones") == 1 ? null : rs.getString("zone"), rs.getString("kind"),
                        promises, onTime, late, breached, promises - onTime - late - breached,
                        Rates.of(onTime, onTime + late + breached));
            })
            .list();
    }

    static Map<String, Object> params(TenantId tenant, ReportMonth month) {
        return Map.of("tenant", tenant.value(), "from", utc(month.from()), "to", utc(month.to()));
    }
}
