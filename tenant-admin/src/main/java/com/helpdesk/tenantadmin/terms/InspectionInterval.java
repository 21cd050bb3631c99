package com.helpdesk.tenantadmin.terms;

/** How often preventive inspections (巡检) take place. */
public enum InspectionInterval {
    MONTHLY(1),
    QUARTERLY(3),
    /** Every six months from the first visit. */
    HALF_YEARLY(6),
    /** Two visits a year, usually seasonal (before summer and before winter), about six months apart. */
    TWICE_YEARLY(6),
    YEARLY(12);

    private final int months;

    InspectionInterval(int months) {
        this.months = months;
    }

    /** Months between visits. */
    public int months() {
        return months;
    }
}
