package com.helpdesk.platform.report;

import static com.helpdesk.platform.jdbc.SqlTimes.utc;

import java.time.Instant;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import com.helpdesk.platform.report.QualityReport.Complaints;
import com.helpdesk.platform.report.QualityReport.PartnerFigures;
import com.helpdesk.tenantadmin.TenantId;

/** Service partners' dispatches for the month's tickets, and the complaints received in the month. */
@Repository
class ServiceFigures {

    private final JdbcClient jdbc;

    ServiceFigures(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Per partner. An offer counts as accepted when the partner accepted it, even if the desk later
     * withdrew it (the visit was scheduled); a check-in met the on-site promise when it came before
     * the ticket's on-site clock (in force) fell due.
     */
    List<PartnerFigures> partners(TenantId tenant, ReportMonth month) {
        return jdbc.sql("""
                with on_site as (
                    select c.ticket_id, min(c.due_at) as due_at
                      from ticket_clocks c
                     where c.tenant_id = :tenant and c.ticket_reported_at >= :from and c.ticket_reported_at < :to
                       and c.superseded_at is null and c.kind = 'on-site'
                     group by c.ticket_id),
                offers as (
                    select d.partner_id, d.status, d.answered_at, d.accept_due_at, d.checked_in_at, s.due_at as on_site_due,
                           d.status in ('accepted', 'on-site') or (d.status = 'withdrawn' and d.visit_at is not null) as accepted
                      from ticket_dispatches d
                      left join on_site s on s.ticket_id = d.ticket_id
                     where d.tenant_id = :tenant and d.ticket_reported_at >= :from and d.ticket_reported_at < :to)
                select p.id, p.name, count(*) as dispatches,
                       count(*) filter (where o.accepted) as accepted,
                       count(*) filter (where o.accepted and o.answered_at <= o.accept_due_at) as accepted_in_time,
                       count(*) filter (where o.status = 'refused') as refused,
                       count(*) filter (where o.checked_in_at is not null) as checked_in,
                       count(*) filter (where o.checked_in_at <= o.on_site_due) as on_site_met,
                       count(*) filter (where o.checked_in_at > o.on_site_due) as on_site_late
                  from offers o
                  join service_partners p on p.tenant_id = :tenant and p.id = o.partner_id
                 group by p.id, p.name
                 order by dispatches desc, p.name""")
            .params(TicketFigures.params(tenant, month))
            .query((rs, i) -> {
                long dispatches = rs.getLong("dispatches");
                long onSiteMet = rs.getLong("on_site_met");
                long onSiteLate = rs.getLong("on_site_late");
                return new PartnerFigures(rs.getString("id"), rs.getString("name"), dispatches, rs.getLong("accepted"),
                        rs.getLong("accepted_in_time"), rs.getLong("refused"), rs.getLong("checked_in"), onSiteMet,
                        onSiteLate, Rates.of(rs.getLong("accepted_in_time"), dispatches),
                        Rates.of(onSiteMet, onSiteMet + onSiteLate));
            })
            .list();
    }

    Complaints complaints(TenantId tenant, ReportMonth month, Instant now) {
        return jdbc.sql("""
                select count(*) as received, count(reply_due_at) as with_target,
                       count(*) filter (where replied_at <= reply_due_at) as in_time,
                       count(*) filter (where replied_at > reply_due_at) as late,
                       count(*) filter (where replied_at is null and reply_due_at < :now) as overdue,
                       count(*) filter (where replied_at is null) as unanswered
                  from complaints
                 where tenant_id = :tenant and created_at >= :from and created_at < :to""")
            .params(TicketFigures.params(tenant, month))
            .param("now", utc(now))
            .query((rs, i) -> new Complaints(rs.getLong("received"), rs.getLong("with_target"), rs.getLong("in_time"),
                    rs.getLong("late"), rs.getLong("overdue"), rs.getLong("unanswered"),
                    Rates.of(rs.getLong("in_time"), rs.getLong("with_target"))))
            .single();
    }
}
