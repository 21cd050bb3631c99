package com.helpdesk.tenantadmin.warranty;

import java.time.LocalDate;

/**
 * How long one component is covered, e.g. main unit 36 months, pipes and electrics 12.
 *
 * @param component tenant's name for it ("main unit (tank, collector tubes, frame)")
 * @param months    length of cover
 */
public record ComponentWarranty(String component, int months) {

    /**
     * The last covered day, inclusive, when cover starts on {@code start}: the start counts as
     * day one, so 12 months from 2026-01-15 end on 2027-01-14.
     */
    public LocalDate lastDay(LocalDate start) {
        return start.plusMonths(months).minusDays(1);
    }
}
