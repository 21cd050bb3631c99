package com.helpdesk.platform.report;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Supplier;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

import com.helpdesk.platform.report.QualityReport.Compliance;
import com.helpdesk.platform.report.QualityReport.Satisfaction;
import com.helpdesk.platform.tenancy.TenantTransactions;
import com.helpdesk.tenantadmin.TenantId;
import com.helpdesk.tenantadmin.TenantProfile;

/**
 * Makes a tenant's quality report for a month: each section one or two set-based queries in a
 * transaction of the tenant (so row-level security sees only its rows).
 */
@Service
public class QualityReports {

    /** The sorts and hashes of a month's clocks fit in memory instead of spilling to disk. */
    private static final String WORK_MEM = "64MB";

    private final TenantTransactions transactions;
    private final JdbcClient jdbc;
    private final TicketFigures tickets;
    private final FixFigures fixes;
    private final ServiceFigures service;
    private final ObjectProvider<SatisfactionSource> satisfaction;
    private final ReportSettings settings;
    private final Clock clock;

    QualityReports(TenantTransactions transactions, JdbcClient jdbc, TicketFigures tickets, FixFigures fixes,
            ServiceFigures service, ObjectProvider<SatisfactionSource> satisfaction, ReportSettings settings,
            Clock clock) {
        this.transactions = transactions;
        this.jdbc = jdbc;
        this.tickets = tickets;
        this.fixes = fixes;
        this.service = service;
        this.satisfaction = satisfaction;
        this.settings = settings;
        this.clock = clock;
    }

    /** The report for {@code month} written {@code 2026-10}; a field error on {@code month} otherwise. */
    public QualityReport of(TenantProfile tenant, String month) {
        Instant now = clock.instant();
        return of(tenant, ReportMonth.parse(month, tenant.timeZone(), now), now);
    }

    /**
     * The sections are independent queries, so they run side by side, each in a read of its own in the
     * tenant's transaction: the report takes as long as its slowest section, not their sum. (Their
     * snapshots may differ by the milliseconds between their starts, which a monthly figure tolerates.)
     */
    QualityReport of(TenantProfile tenant, ReportMonth month, Instant now) {
        TenantId id = tenant.id();
        try (ExecutorService sections = Executors.newVirtualThreadPerTaskExecutor()) {
            Future<List<Compliance>> compliance = sections.submit(() -> read(id, () -> tickets.compliance(id, month, now)));
            Future<QualityReport.Volume> volume = sections.submit(() -> read(id, () -> {
                QualityReport.Volume counted = tickets.volume(id, month);
                return counted.withCauses(tickets.causes(id, month, settings.topCauses(), counted.tickets()));
            }));
            Future<QualityReport.FirstTimeFix> firstTimeFix = sections.submit(() -> read(id,
                    () -> fixes.firstTimeFix(id, month, settings.reopenWindow())));
            Future<QualityReport.RepeatFaults> repeats = sections.submit(() -> read(id,
                    () -> fixes.repeatFaults(id, month, settings.repeatRows())));
            Future<List<QualityReport.PartnerFigures>> partners = sections.submit(() -> read(id,
                    () -> service.partners(id, month)));
            // The follow-up figures share a transaction: the pool lends a report six connections, not seven.
            Future<FollowUp> followUp = sections.submit(() -> read(id,
                    () -> new FollowUp(service.complaints(id, month, now), satisfaction(id, month))));
            return new QualityReport(tenant.slug(), tenant.name(), month.toString(), tenant.timeZone().getId(),
                    month.from(), month.to(), now, settings.reopenWindow().toDays(), get(volume),
                    get(compliance).stream().filter(c -> c.zone() == null).toList(),
                    get(compliance).stream().filter(c -> c.zone() != null).toList(), get(firstTimeFix), get(repeats),
                    get(partners), get(followUp).complaints(), get(followUp).satisfaction());
        }
    }

    private record FollowUp(QualityReport.Complaints complaints, Satisfaction satisfaction) {
    }

    private <T> T read(TenantId tenant, Supplier<T> query) {
        return transactions.call(tenant, () -> {
            jdbc.sql("select set_config('work_mem', :mem, true)").param("mem", WORK_MEM).query(String.class).single();
            return query.get();
        });
    }

    /** A section's result; its failure is the report's, as it was thrown. */
    private static <T> T get(Future<T> section) {
        try {
            return section.get();
        }
        catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new IllegalStateException(e.getCause());
        }
        catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while making the report", e);
        }
    }

    private Satisfaction satisfaction(TenantId tenant, ReportMonth month) {
        SatisfactionSource source = satisfaction.getIfAvailable();
        return source == null ? Satisfaction.NO_DATA
                : source.of(tenant, month.from(), month.to()).map(Satisfaction::of).orElse(Satisfaction.NO_DATA);
    }
}
