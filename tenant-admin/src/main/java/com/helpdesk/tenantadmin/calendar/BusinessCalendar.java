package com.helpdesk.tenantadmin.calendar;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.helpdesk.tenantadmin.InvalidInputException;
import com.helpdesk.tenantadmin.Violations;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * When a tenant's clock runs: weekly opening hours in the tenant's zone, holidays (closed or
 * with their own hours) and make-up working days, or simply around the clock (7×24).
 * Validated on construction; every broken rule is reported at once in an {@link InvalidInputException}
 * with paths relative to the calendar ({@code weeklyHours.MONDAY[1]}, {@code holidays[3].through}).
 *
 * <p>A date's hours are, in order of precedence: the holiday's hours if the date falls in a holiday,
 * else the make-up day's hours, else the weekday's hours.
 *
 * @param zone           the tenant's time zone; opening hours are wall-clock times there
 * @param aroundTheClock 7×24: always open; then no hours, holidays or make-up days are given
 * @param weeklyHours    per weekday, one or more intervals; a missing day is closed
 * @param holidays       dates whose hours replace the weekday's, sorted or not
 * @param makeUpDays     dates that open like a working day
 * @param notes          free text for people, e.g. where the holiday list comes from
 */
public record BusinessCalendar(
        ZoneId zone,
        boolean aroundTheClock,
        Map<DayOfWeek, List<OpeningInterval>> weeklyHours,
        List<Holiday> holidays,
        List<MakeUpDay> makeUpDays,
        String notes) {

    public BusinessCalendar {
        Violations violations = Violations.collect();
        CalendarChecks.check(violations, zone, aroundTheClock, weeklyHours, holidays, makeUpDays);
        violations.throwIfAny();
        weeklyHours = copy(weeklyHours);
        holidays = holidays == null ? List.of() : List.copyOf(holidays);
        makeUpDays = makeUpDays == null ? List.of() : List.copyOf(makeUpDays);
    }

    /** From JSON, where {@code aroundTheClock} may be left out (false). */
    @JsonCreator
    static BusinessCalendar fromJson(@JsonProperty("zone") ZoneId zone,
                                     @JsonProperty("aroundTheClock") Boolean aroundTheClock,
                                     @JsonProperty("weeklyHours") Map<DayOfWeek, List<OpeningInterval>> weeklyHours,
                                     @JsonProperty("holidays") List<Holiday> holidays,
                                     @JsonProperty("makeUpDays") List<MakeUpDay> makeUpDays,
                                     @JsonProperty("notes") String notes) {
        return new BusinessCalendar(zone, Boolean.TRUE.equals(aroundTheClock), weeklyHours, holidays, makeUpDays, notes);
    }

    /** A 7×24 calendar: every instant is business time. */
    public static BusinessCalendar aroundTheClock(ZoneId zone) {
        return new BusinessCalendar(zone, true, Map.of(), List.of(), List.of(), null);
    }

    /** A calendar with the same hours on the given weekdays and no holidays. */
    public static BusinessCalendar weekly(ZoneId zone, List<DayOfWeek> days, List<OpeningInterval> hours) {
        Map<DayOfWeek, List<OpeningInterval>> weekly = new EnumMap<>(DayOfWeek.class);
        days.forEach(day -> weekly.put(day, hours));
        return new BusinessCalendar(zone, false, weekly, List.of(), List.of(), null);
    }

    /** The same calendar with these holidays and make-up days instead of its own. */
    public BusinessCalendar withDays(List<Holiday> newHolidays, List<MakeUpDay> newMakeUpDays) {
        return new BusinessCalendar(zone, aroundTheClock, weeklyHours, newHolidays, newMakeUpDays, notes);
    }

    /** The opening hours of a local date, after holidays and make-up days; empty when closed. */
    public List<OpeningInterval> hoursOn(LocalDate date) {
        if (aroundTheClock) {
            return List.of(new OpeningInterval(TimeOfDay.MIDNIGHT, TimeOfDay.END_OF_DAY));
        }
        for (Holiday holiday : holidays) {
            if (holiday.covers(date)) {
                return holiday.hours();
            }
        }
        for (MakeUpDay day : makeUpDays) {
            if (day.date().equals(date)) {
                return day.worksAs() == null ? day.hours() : weekday(day.worksAs());
            }
        }
        return weekday(date.getDayOfWeek());
    }

    List<OpeningInterval> weekday(DayOfWeek day) {
        return weeklyHours.getOrDefault(day, List.of());
    }

    private static Map<DayOfWeek, List<OpeningInterval>> copy(Map<DayOfWeek, List<OpeningInterval>> hours) {
        Map<DayOfWeek, List<OpeningInterval>> copy = new EnumMap<>(DayOfWeek.class);
        if (hours != null) {
            hours.forEach((day, intervals) -> copy.put(day, List.copyOf(intervals)));
        }
        return Collections.unmodifiableMap(copy);
    }
}
