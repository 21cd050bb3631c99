package com.helpdesk.platform.inspection;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import com.helpdesk.tenantadmin.terms.InspectionInterval;

/** Visit dates count from the first visit, so a plan started on the 31st keeps to month ends. */
class InspectionPlanTests {

    @Test
    void quarterlyVisitsFromTheLastDayOfAMonthDoNotDrift() {
        InspectionPlan plan = plan(InspectionInterval.QUARTERLY, "2026-01-31");

        assertThat(plan.visit(1)).isEqualTo(LocalDate.parse("2026-04-30"));
        assertThat(plan.visit(2)).isEqualTo(LocalDate.parse("2026-07-31"));
        assertThat(plan.after(LocalDate.parse("2026-04-30"))).isEqualTo(LocalDate.parse("2026-07-31"));
    }

    @Test
    void twiceAYearIsSixMonthsApart() {
        InspectionPlan plan = plan(InspectionInterval.TWICE_YEARLY, "2026-05-15");

        assertThat(plan.after(LocalDate.parse("2026-05-15"))).isEqualTo(LocalDate.parse("2026-11-15"));
        assertThat(plan.after(LocalDate.parse("2026-05-14"))).isEqualTo(LocalDate.parse("2026-05-15"));
    }

    private static InspectionPlan plan(InspectionInterval interval, String first) {
        LocalDate firstVisit = LocalDate.parse(first);
        return new InspectionPlan(UUID.randomUUID(), UUID.randomUUID(), null, interval, firstVisit, firstVisit, null,
                null, "", true, 0, Instant.EPOCH);
    }
}
