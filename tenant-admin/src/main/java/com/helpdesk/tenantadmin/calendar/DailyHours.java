package com.helpdesk.tenantadmin.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A calendar's hours per local date, flattened to seconds of day ({@code [from0, to0, from1, to1…]},
 * sorted, touching intervals joined) so that building a year's timeline does no list work.
 */
final class DailyHours {

    private static final int[] CLOSED = new int[0];

    private final int[][] weekly = new int[7][];
    private final Map<LocalDate, int[]> overrides = new HashMap<>();

    DailyHours(BusinessCalendar calendar) {
        for (DayOfWeek day : DayOfWeek.values()) {
            weekly[day.ordinal()] = seconds(calendar.weekday(day));
        }
        for (MakeUpDay day : calendar.makeUpDays()) {
            overrides.put(day.date(), day.worksAs() == null ? seconds(day.hours()) : weekly[day.worksAs().ordinal()]);
        }
        for (Holiday holiday : calendar.holidays()) {
            int[] hours = seconds(holiday.hours());
            holiday.date().datesUntil(holiday.lastDay().plusDays(1)).forEach(date -> overrides.put(date, hours));
        }
    }

    /** Pairs of seconds of day, sorted; empty when closed. Callers must not modify the array. */
    int[] on(LocalDate date) {
        int[] override = overrides.get(date);
        return override != null ? override : weekly[date.getDayOfWeek().ordinal()];
    }

    private static int[] seconds(List<OpeningInterval> hours) {
        if (hours.isEmpty()) {
            return CLOSED;
        }
        List<OpeningInterval> sorted = hours.stream().sorted((a, b) -> a.from().compareTo(b.from())).toList();
        int[] pairs = new int[sorted.size() * 2];
        int n = 0;
        for (OpeningInterval interval : sorted) {
            if (n > 0 && interval.from().secondOfDay() <= pairs[n - 1]) {
                pairs[n - 1] = Math.max(pairs[n - 1], interval.to().secondOfDay());
            } else {
                pairs[n++] = interval.from().secondOfDay();
                pairs[n++] = interval.to().secondOfDay();
            }
        }
        return n == pairs.length ? pairs : java.util.Arrays.copyOf(pairs, n);
    }
}
