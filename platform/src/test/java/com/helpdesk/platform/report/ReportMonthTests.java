package com.helpdesk.platform.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.ZoneId;

import org.junit.jupiter.api.Test;

import com.helpdesk.tenantadmin.InvalidInputException;

class ReportMonthTests {

    static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");
    static final Instant NOW = Instant.parse("2026-11-23T10:00:00Z");

    @Test
    void aMonthRunsFromMidnightToMidnightInTheTenantsZone() {
        ReportMonth october = ReportMonth.parse("2026-10", BEIJING, NOW);
        assertThat(october.from()).isEqualTo(Instant.parse("2026-09-30T16:00:00Z"));
        assertThat(october.to()).isEqualTo(Instant.parse("2026-10-31T16:00:00Z"));
        ReportMonth inBerlin = ReportMonth.parse("2026-10", ZoneId.of("Europe/Berlin"), NOW);
        // Summer time ends on 25 October: the month is an hour longer than 31 days.
        assertThat(inBerlin.from()).isEqualTo(Instant.parse("2026-09-30T22:00:00Z"));
        assertThat(inBerlin.to()).isEqualTo(Instant.parse("2026-10-31T23:00:00Z"));
    }

    @Test
    void theCurrentMonthIsTheLatestThatCanBeAskedFor() {
        assertThat(ReportMonth.parse("2026-11", BEIJING, NOW).toString()).isEqualTo("2026-11");
        assertThatThrownBy(() -> ReportMonth.parse("2026-12", BEIJING, NOW)).isInstanceOf(InvalidInputException.class);
        // Already December in Beijing, still November in UTC.
        assertThat(ReportMonth.parse("2026-12", BEIJING, Instant.parse("2026-11-30T17:00:00Z")).toString())
            .isEqualTo("2026-12");
    }

    @Test
    void refusesWhatIsNotAMonth() {
        for (String bad : new String[] { null, "", " ", "2026-13", "2026-00", "2026-1", "26-10", "2026/10", "1999-12",
                "2026-10-01", "2026-1O" }) {
            assertThatThrownBy(() -> ReportMonth.parse(bad, BEIJING, NOW)).as(bad)
                .isInstanceOf(InvalidInputException.class);
        }
    }
}
