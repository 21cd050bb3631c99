package com.helpdesk.platform.inspection;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.List;

import com.helpdesk.tenantadmin.calendar.BusinessCalendar;
import com.helpdesk.tenantadmin.calendar.OpeningInterval;
import com.helpdesk.tenantadmin.calendar.TimeOfDay;

/**
 * "The inspection report within 3 working days" (工作日) on the tenant's calendar. Pure.
 *
 * <p>A working day is Monday to Friday unless a public holiday covers it, and any make-up working
 * day (调休), whatever its weekday. It is not "a day the hotline is open": a vendor whose phones
 * answer on Sundays still does not count Sunday as a working day. The report is due at the close
 * of business of the last working day counted after the visit (the end of the day when the
 * calendar gives no hours for it, as around the clock); the warning comes at that day's opening.
 */
record ReportClock(Instant warnAt, Instant dueAt) {

    static ReportClock after(LocalDate visit, int workingDays, BusinessCalendar calendar) {
        LocalDate day = visit;
        int counted = 0;
        while (counted < workingDays) {
            day = day.plusDays(1);
            if (isWorkingDay(day, calendar)) {
                counted++;
            }
        }
        List<OpeningInterval> hours = calendar.aroundTheClock() ? List.of() : calendar.hoursOn(day);
        TimeOfDay opens = hours.isEmpty() ? TimeOfDay.MIDNIGHT : hours.getFirst().from();
        TimeOfDay closes = hours.isEmpty() ? TimeOfDay.END_OF_DAY : hours.getLast().to();
        return new ReportClock(at(day, opens, calendar), at(day, closes, calendar));
    }

    static boolean isWorkingDay(LocalDate day, BusinessCalendar calendar) {
        if (calendar.makeUpDays().stream().anyMatch(m -> m.date().equals(day))) {
            return true;
        }
        if (calendar.holidays().stream().anyMatch(h -> !day.isBefore(h.date()) && !day.isAfter(h.lastDay()))) {
            return false;
        }
        return day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY;
    }

    private static Instant at(LocalDate day, TimeOfDay time, BusinessCalendar calendar) {
        return ZonedDateTime.of(day.atStartOfDay(), calendar.zone()).plusSeconds(time.secondOfDay()).toInstant();
    }
}
