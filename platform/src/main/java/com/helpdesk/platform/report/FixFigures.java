package com.helpdesk.platform.report;

import static com.helpdesk.platform.jdbc.SqlTimes.instant;

import java.time.Duration;
import java.util.List;
import java.util.Objects;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import com.helpdesk.platform.report.QualityReport.FirstTimeFix;
import com.helpdesk.platform.report.QualityReport.RepeatFault;
import com.helpdesk.platform.report.QualityReport.RepeatFaults;
import com.helpdesk.tenantadmin.TenantId;

/**
 * How well the month's faults were fixed: first-time fixes and repeat faults. The history entries
 * that say when a ticket was resolved and reopened are read through the partial index
 * {@code ticket_events_resolved_reopened}, the visits through {@code ticket_dispatches_by_reported},
 * every repair of the same device by cause through {@code ticket_resolutions_by_device}.
 */
@Repository
class FixFigures {

    private final JdbcClient jdbc;

    FixFigures(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    FirstTimeFix firstTimeFix(TenantId tenant, ReportMonth month, Duration reopenWindow) {
        // One pass over the month's status changes and check-ins, grouped by ticket: no join whose plan
        // could go wrong on a misestimated row count (the partial index's rows are hard to estimate).
        return jdbc.sql("""
                with facts as (
                    select e.ticket_id, e.data ->> 'to' as what, e.at
                      from ticket_events e
                     where e.tenant_id = :tenant and e.ticket_reported_at >= :from and e.ticket_reported_at < :to
                       and e.type = 'status' and e.data ->> 'to' in ('resolved', 'reopened')
                    union all
                    select d.ticket_id, 'visit', d.checked_in_at
                      from ticket_dispatches d
                     where d.tenant_id = :tenant and d.ticket_reported_at >= :from and d.ticket_reported_at < :to
                       and d.checked_in_at is not null),
                tickets as (
                    select min(at) filter (where what = 'resolved') as first_resolved,
                           count(*) filter (where what = 'visit') as visits,
                           array_agg(at) filter (where what = 'reopened') as reopens
                      from facts
                     group by ticket_id),
                judged as (
                    select visits, exists (select 1 from unnest(reopens) as reopened(at)
                                            where reopened.at > first_resolved
                                              and reopened.at <= first_resolved + :windowMs * interval '1 millisecond') as reopened
                      from tickets
                     where first_resolved is not null)
                select count(*) as resolved,
                       count(*) filter (where visits <= 1 and not reopened) as first_time,
                       count(*) filter (where visits = 0) as without_visit,
                       count(*) filter (where visits = 1) as one_visit,
                       count(*) filter (where visits > 1) as several_visits,
                       count(*) filter (where reopened) as reopened
                  from judged""")
            .params(TicketFigures.params(tenant, month))
            .param("windowMs", reopenWindow.toMillis())
            .query((rs, i) -> new FirstTimeFix(rs.getLong("resolved"), rs.getLong("first_time"),
                    rs.getLong("without_visit"), rs.getLong("one_visit"), rs.getLong("several_visits"),
                    rs.getLong("reopened"), Rates.of(rs.getLong("first_time"), rs.getLong("resolved"))))
            .single();
    }

    RepeatFaults repeatFaults(TenantId tenant, ReportMonth month, int rows) {
        long[] totals = new long[2];
        List<RepeatFault> top = jdbc.sql("""
                with month_devices as (
                    select distinct r.device_id
                      from ticket_resolutions r
                     where r.tenant_id = :tenant and r.ticket_reported_at >= :from and r.ticket_reported_at < :to
                       and r.device_id is not null),
                repeats as (
                    select r.device_id, r.cause_key, count(*) as repairs, max(r.recorded_at) as last_repaired_at
                      from month_devices m
                      join ticket_resolutions r on r.tenant_id = :tenant and r.device_id = m.device_id
                                               and r.ticket_reported_at < :to
                     group by r.device_id, r.cause_key
                    having count(*) > 1 and count(*) filter (where r.ticket_reported_at >= :from) > 0),
                totals as (select count(distinct device_id) as devices, count(*) as faults from repeats),
                top as (select * from repeats order by repairs desc, last_repaired_at desc, device_id limit :rows)
                select d.serial_number, d.product_line, d.model, x.repairs, x.last_repaired_at, totals.devices,
                       totals.faults,
                       (select coalesce(nullif(upper(max(c.fault_code)), ''), min(btrim(c.cause))) from ticket_resolutions c
                         where c.tenant_id = :tenant and c.device_id = x.device_id and c.cause_key = x.cause_key) as cause
                  from totals
                  left join top x on true
                  left join devices d on d.tenant_id = :tenant and d.id = x.device_id
                 order by x.repairs desc, x.last_repaired_at desc""")
            .params(TicketFigures.params(tenant, month))
            .param("rows", rows)
            .query((rs, i) -> {
                totals[0] = rs.getLong("devices");
                totals[1] = rs.getLong("faults");
                return rs.getObject("repairs") == null ? null
                        : new RepeatFault(rs.getString("serial_number"), rs.getString("product_line"),
                                rs.getString("model"), rs.getString("cause"), rs.getLong("repairs"),
                                instant(rs, "last_repaired_at"));
            })
            .list()
            .stream()
            .filter(Objects::nonNull)
            .toList();
        return new RepeatFaults(totals[0], totals[1], top);
    }
}
