package com.helpdesk.platform.report;

import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.regex.Pattern;

import com.helpdesk.tenantadmin.Violations;

/**
 * A calendar month in the tenant's time zone: the report counts what happened from its first
 * midnight there up to the next month's, so a fault reported at 00:30 in Beijing on 1 November is
 * November's although it is still October in UTC.
 */
record ReportMonth(YearMonth month, ZoneId zone) {

    private static final Pattern FORMAT = Pattern.compile("\\d{4}-\\d{2}");
    private static final YearMonth FIRST = YearMonth.of(2000, 1);

    /**
     * The month a client asked for, written {@code 2026-10}; a 400 with a field error on {@code month}
     * for anything else, and for months before 2000 or after the current one (nothing to report yet).
     */
    static ReportMonth parse(String value, ZoneId zone, Instant now) {
        Violations violations = Violations.collect();
        YearMonth month = null;
        if (value == null || value.isBlank()) {
            violations.add("month", "is required, written as 2026-10");
        }
        else if (!FORMAT.matcher(value).matches()) {
            violations.add("month", "must be a month written as 2026-10");
        }
        else {
            try {
                month = YearMonth.parse(value);
            }
            catch (DateTimeParseException e) {
                violations.add("month", "must be a month written as 2026-10 (month 01 to 12)");
            }
        }
        YearMonth current = YearMonth.from(now.atZone(zone));
        if (month != null && (month.isBefore(FIRST) || month.isAfter(current))) {
            violations.add("month", "must be between " + FIRST + " and the current month " + current);
        }
        violations.throwIfAny();
        return new ReportMonth(month, zone);
    }

    Instant from() {
        return month.atDay(1).atStartOfDay(zone).toInstant();
    }

    Instant to() {
        return month.plusMonths(1).atDay(1).atStartOfDay(zone).toInstant();
    }

    @Override
    public String toString() {
        return month.toString();
    }
}
