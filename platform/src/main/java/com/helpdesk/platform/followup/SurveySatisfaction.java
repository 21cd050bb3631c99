package com.helpdesk.platform.followup;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import com.helpdesk.platform.jdbc.SqlTimes;
import com.helpdesk.platform.report.SatisfactionSource;
import com.helpdesk.tenantadmin.TenantId;

/**
 * The satisfaction figures of the monthly quality report: the surveys sent about the month's
 * tickets (by when the ticket was reported, as every other figure of the report), those answered,
 * their mean score (0–10) and how many reached the vendor's pass score. A survey left incomplete
 * (the caller hung up mid-way) was sent but not answered. No survey sent: no data.
 */
@Component
class SurveySatisfaction implements SatisfactionSource {

    private final JdbcClient jdbc;

    SurveySatisfaction(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Optional<SatisfactionFigures> of(TenantId tenant, Instant from, Instant to) {
        return jdbc.sql("""
                select count(*) as sent,
                       count(*) filter (where s.status = 'answered') as answered,
                       avg(s.score) filter (where s.status = 'answered') as average,
                       count(*) filter (where s.status = 'answered' and s.passed) as satisfied
                  from survey_invitations s
                  join tickets t on t.tenant_id = s.tenant_id and t.id = s.ticket_id
                 where s.tenant_id = :tenant and t.reported_at >= :from and t.reported_at < :to""")
            .param("tenant", tenant.value())
            .param("from", SqlTimes.utc(from))
            .param("to", SqlTimes.utc(to))
            .query((rs, i) -> {
                long sent = rs.getLong("sent");
                if (sent == 0) {
                    return Optional.<SatisfactionFigures>empty();
                }
                BigDecimal average = rs.getBigDecimal("average");
                return Optional.of(new SatisfactionFigures(sent, rs.getLong("answered"),
                        average == null ? null : average.doubleValue(), rs.getLong("satisfied")));
            })
            .single();
    }
}
