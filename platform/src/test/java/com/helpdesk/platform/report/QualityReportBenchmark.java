package com.helpdesk.platform.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.jdbc.datasource.init.ScriptUtils;

import com.helpdesk.platform.support.PlatformIntegrationTest;
import com.helpdesk.platform.tenancy.TenantDirectory;
import com.helpdesk.tenantadmin.TenantProfile;

/**
 * The quality report on a year of one tenant's work: {@code qualitybench.tickets} (1,000,000) kunlun
 * tickets from 2025-11-01 (Beijing) with their clocks, dispatches, resolutions, history entries and
 * complaints, loaded once by {@code bench/quality-report-data.sql} into the benchmark's own database,
 * then every month's report made {@code qualitybench.runs} times and timed (the whole
 * {@link QualityReports#of} call: all queries, in the tenant's transaction, through row-level security).
 * Not part of the test suite: {@code infra/load/quality-report.sh} runs it.
 */
@PlatformIntegrationTest
@EnabledIfSystemProperty(named = "qualitybench", matches = "true")
class QualityReportBenchmark {

    static final int TICKETS = Integer.getInteger("qualitybench.tickets", 1_000_000);
    static final int RUNS = Integer.getInteger("qualitybench.runs", 5);
    static final String START = "2025-11-01 00:00:00+08";
    static final Path REPORT = Path.of(System.getProperty("qualitybench.report", "target/quality-report-bench.txt"));

    @Autowired
    QualityReports reports;

    @Autowired
    TenantDirectory tenants;

    @Value("${spring.datasource.url}")
    String url;

    @Test
    void timesTheMonthlyReportOnAYearOfTickets() throws Exception {
        TenantProfile kunlun = tenants.findBySlug("kunlun").orElseThrow();
        DriverManagerDataSource owner = new DriverManagerDataSource(url,
                System.getenv().getOrDefault("HELPDESK_DB_OWNER_USER", "helpdesk_owner"),
                System.getenv().getOrDefault("HELPDESK_DB_OWNER_PASSWORD", "helpdesk_owner"));
        long loaded = load(owner, kunlun);
        Instant now = Instant.now();
        List<String> lines = new ArrayList<>();
        lines.add("quality report benchmark " + now + ", " + loaded + " tickets of kunlun, " + RUNS + " runs per month, "
                + Runtime.getRuntime().availableProcessors() + " cores");
        List<Long> all = new ArrayList<>();
        YearMonth first = YearMonth.of(2025, 11);
        for (int m = 0; m < 12; m++) {
            ReportMonth month = new ReportMonth(first.plusMonths(m), ZoneId.of("Asia/Shanghai"));
            List<Long> times = new ArrayList<>();
            QualityReport report = null;
            for (int run = 0; run < RUNS; run++) {
                long start = System.nanoTime();
                report = reports.of(kunlun, month, now);
                times.add((System.nanoTime() - start) / 1_000_000);
            }
            all.addAll(times);
            lines.add(String.format(Locale.ROOT, "%s tickets %d, clocks %d, dispatches %d: min %d ms, median %d ms, max %d ms %s",
                    month, report.volume().tickets(), report.slaByKind().stream().mapToLong(c -> c.promises()).sum(),
                    report.partners().stream().mapToLong(p -> p.dispatches()).sum(), min(times), median(times),
                    max(times), times));
        }
        lines.add(String.format(Locale.ROOT, "all months: min %d ms, median %d ms, max %d ms", min(all), median(all), max(all)));
        lines.forEach(System.out::println);
        Files.createDirectories(REPORT.toAbsolutePath().getParent());
        Files.write(REPORT, lines, StandardCharsets.UTF_8);
        assertThat(all).isNotEmpty();
    }

    /** Loads the year once (as the schema owner, inside the tenant); later runs reuse it. */
    private static long load(DriverManagerDataSource owner, TenantProfile kunlun) throws SQLException, IOException {
        try (Connection c = owner.getConnection(); Statement s = c.createStatement()) {
            s.execute("select set_config('app.tenant_id', '" + kunlun.id().value() + "', false)");
            long existing = count(s, "select count(*) from tickets where number > 900000000");
            if (existing == 0) {
                long start = System.nanoTime();
                String script = new ClassPathResource("bench/quality-report-data.sql").getContentAsString(StandardCharsets.UTF_8)
                    .replace("${tenant}", kunlun.id().value().toString())
                    .replace("${tickets}", Integer.toString(TICKETS))
                    .replace("${start}", START);
                ScriptUtils.executeSqlScript(c, new ByteArrayResource(script.getBytes(StandardCharsets.UTF_8)));
                System.out.printf("loaded %d tickets in %d s%n", TICKETS, (System.nanoTime() - start) / 1_000_000_000);
            }
            // As autovacuum would have by now: statistics, and the visibility map for index-only scans.
            for (String table : List.of("tickets", "ticket_clocks", "ticket_dispatches", "ticket_resolutions",
                    "ticket_events", "complaints", "devices", "customers", "service_partners")) {
                s.execute("vacuum analyze " + table);
            }
            return count(s, "select count(*) from tickets where number > 900000000");
        }
    }

    private static long count(Statement s, String sql) throws SQLException {
        try (var rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static long min(List<Long> times) {
        return times.stream().mapToLong(Long::longValue).min().orElseThrow();
    }

    private static long max(List<Long> times) {
        return times.stream().mapToLong(Long::longValue).max().orElseThrow();
    }

    private static long median(List<Long> times) {
        List<Long> sorted = times.stream().sorted().toList();
        return sorted.get(sorted.size() / 2);
    }
}
