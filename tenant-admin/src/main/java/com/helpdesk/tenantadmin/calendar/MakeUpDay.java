package com.helpdesk.tenantadmin.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;

/**
 * A make-up working day (调休): a date, usually at a weekend, that opens like a given weekday
 * ({@code worksAs}) or with explicit {@code hours}. Exactly one of the two is given.
 */
public record MakeUpDay(String name, LocalDate date, DayOfWeek worksAs, List<OpeningInterval> hours) {

    public MakeUpDay {
        hours = hours == null ? List.of() : List.copyOf(hours);
    }

    public static MakeUpDay worksAs(String name, LocalDate date, DayOfWeek weekday) {
        return new MakeUpDay(name, date, weekday, List.of());
    }
}
