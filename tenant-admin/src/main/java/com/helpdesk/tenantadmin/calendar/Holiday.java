package com.helpdesk.tenantadmin.calendar;

import java.time.LocalDate;
import java.util.List;

/**
 * A public holiday (or a run of them): closed, or open with its own hours, in place of the
 * weekday's usual hours.
 *
 * @param name    what it is, for people ("国庆节 National Day")
 * @param date    first day
 * @param through last day, inclusive; absent for a single day
 * @param hours   hours on those days; empty means closed
 */
public record Holiday(String name, LocalDate date, LocalDate through, List<OpeningInterval> hours) {

    public Holiday {
        hours = hours == null ? List.of() : List.copyOf(hours);
    }

    public static Holiday closed(String name, LocalDate date) {
        return new Holiday(name, date, null, List.of());
    }

    /** The last day of the holiday, inclusive. */
    public LocalDate lastDay() {
        return through == null ? date : through;
    }

    boolean covers(LocalDate day) {
        return !day.isBefore(date) && !day.isAfter(lastDay());
    }
}
