package com.helpdesk.platform.followup;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;

import com.helpdesk.tenantadmin.calendar.BusinessCalendar;
import com.helpdesk.tenantadmin.calendar.BusinessTimeCalculator;
import com.helpdesk.tenantadmin.calendar.OpeningInterval;
import com.helpdesk.tenantadmin.calendar.TimeOfDay;
import com.helpdesk.tenantadmin.terms.ReturnVisitRule;

/**
 * When a return visit falls due: "within N days" counts the vendor's working days, the days its
 * calendar opens at all (holidays closed, make-up days open, a 7×24 calendar every day), starting
 * the day after the resolution, and the visit is due when the N-th such day closes. The clerk
 * phones within service hours, so a day the desk is shut gives no chance to call and does not count.
 * Pure: the calendar's own calculator decides which days are open.
 */
final class ReturnVisitDue {

    /** Longer than any run of closed days (the Spring Festival week and its weekends). */
    private static final int MAX_CLOSED_RUN = 60;

    private ReturnVisitDue() {
    }

    static Instant of(ReturnVisitRule rule, BusinessCalendar calendar, Instant resolvedAt) {
        BusinessTimeCalculator calculator = BusinessTimeCalculator.of(calendar);
        ZoneId zone = calendar.zone();
        LocalDate day = LocalDate.ofInstant(resolvedAt, zone);
        int counted = 0;
        int closedInARow = 0;
        while (counted < rule.withinDays()) {
            day = day.plusDays(1);
            Instant start = day.atStartOfDay(zone).toInstant();
            Instant end = day.plusDays(1).atStartOfDay(zone).toInstant();
            if (calculator.between(start, end).compareTo(Duration.ZERO) > 0) {
                counted++;
                closedInARow = 0;
            }
            else if (++closedInARow > MAX_CLOSED_RUN) {
                throw new IllegalStateException("the calendar stays closed for more than " + MAX_CLOSED_RUN + " days");
            }
        }
        return closing(calendar.hoursOn(day), day, zone);
    }

    private static Instant closing(List<OpeningInterval> hours, LocalDate day, ZoneId zone) {
        TimeOfDay last = hours.stream().map(OpeningInterval::to).max(TimeOfDay::compareTo).orElse(TimeOfDay.END_OF_DAY);
        if (last.equals(TimeOfDay.END_OF_DAY)) {
            return day.plusDays(1).atStartOfDay(zone).toInstant();
        }
        return ZonedDateTime.of(day, LocalTime.ofSecondOfDay(last.secondOfDay()), zone).toInstant();
    }
}
