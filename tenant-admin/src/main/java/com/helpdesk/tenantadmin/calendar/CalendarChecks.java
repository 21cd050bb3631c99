package com.helpdesk.tenantadmin.calendar;

import com.helpdesk.tenantadmin.Violations;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The rules a {@link BusinessCalendar} must keep; null-tolerant because it sees raw input. */
final class CalendarChecks {

    private static final int FIRST_YEAR = OpeningTimeline.FIRST_YEAR;
    private static final int LAST_YEAR = OpeningTimeline.LAST_YEAR;

    private CalendarChecks() {
    }

    static void check(Violations v, ZoneId zone, boolean aroundTheClock,
                      Map<DayOfWeek, List<OpeningInterval>> weekly, List<Holiday> holidays, List<MakeUpDay> makeUpDays) {
        v.require("zone", zone);
        boolean anyDays = weekly != null && !weekly.isEmpty()
                || holidays != null && !holidays.isEmpty() || makeUpDays != null && !makeUpDays.isEmpty();
        if (aroundTheClock) {
            if (anyDays) {
                v.add("aroundTheClock", "a 7×24 calendar has no opening hours, holidays or make-up days");
            }
            return;
        }
        checkWeekly(v.at("weeklyHours"), weekly);
        checkHolidays(v.at("holidays"), holidays == null ? List.of() : holidays);
        checkMakeUpDays(v.at("makeUpDays"), makeUpDays == null ? List.of() : makeUpDays,
                holidays == null ? List.of() : holidays, weekly == null ? Map.of() : weekly);
    }

    private static void checkWeekly(Violations v, Map<DayOfWeek, List<OpeningInterval>> weekly) {
        boolean opensSomeDay = false;
        if (weekly != null) {
            for (DayOfWeek day : DayOfWeek.values()) {
                if (weekly.containsKey(day)) {
                    List<OpeningInterval> hours = weekly.get(day);
                    if (v.require(day.name(), hours)) {
                        checkDay(v.at(day.name()), hours);
                        opensSomeDay |= !hours.isEmpty();
                    }
                }
            }
        }
        if (!opensSomeDay) {
            v.add("a calendar that is not around the clock must open on at least one weekday");
        }
    }

    /** Each interval well-formed, and no two overlapping (touching is fine: 12:00–13:00, 13:00–18:00). */
    static void checkDay(Violations v, List<OpeningInterval> hours) {
        List<Integer> valid = new ArrayList<>();
        for (int i = 0; i < hours.size(); i++) {
            OpeningInterval interval = hours.get(i);
            Violations at = v.at("", i);
            if (!at.require("", interval) || !at.require("from", interval.from()) || !at.require("to", interval.to())) {
                continue;
            }
            if (interval.from().compareTo(interval.to()) >= 0) {
                at.add("must start before it ends: " + interval);
            } else {
                valid.add(i);
            }
        }
        valid.sort(Comparator.comparing(i -> hours.get(i).from()));
        for (int k = 1; k < valid.size(); k++) {
            OpeningInterval earlier = hours.get(valid.get(k - 1));
            OpeningInterval later = hours.get(valid.get(k));
            if (later.from().compareTo(earlier.to()) < 0) {
                v.at("", valid.get(k)).add("overlaps " + earlier);
            }
        }
    }

    private static void checkHolidays(Violations v, List<Holiday> holidays) {
        List<Integer> dated = new ArrayList<>();
        for (int i = 0; i < holidays.size(); i++) {
            Holiday holiday = holidays.get(i);
            Violations at = v.at("", i);
            if (!at.require("", holiday) || !at.require("date", holiday.date())) {
                continue;
            }
            checkYear(at.at("date"), holiday.date());
            if (holiday.through() != null && holiday.through().isBefore(holiday.date())) {
                at.add("through", "must not be before date " + holiday.date());
                continue;
            }
            if (holiday.through() != null && holiday.through().isAfter(holiday.date().plusDays(366))) {
                at.add("through", "a holiday lasts at most a year");
                continue;
            }
            checkDay(at.at("hours"), holiday.hours());
            dated.add(i);
        }
        dated.sort(Comparator.comparing(i -> holidays.get(i).date()));
        for (int k = 1; k < dated.size(); k++) {
            Holiday earlier = holidays.get(dated.get(k - 1));
            Holiday later = holidays.get(dated.get(k));
            if (!later.date().isAfter(earlier.lastDay())) {
                v.at("", dated.get(k)).add("date", "overlaps holidays[%d] (%s)"
                        .formatted(dated.get(k - 1), earlier.date()));
            }
        }
    }

    private static void checkMakeUpDays(Violations v, List<MakeUpDay> days, List<Holiday> holidays,
                                        Map<DayOfWeek, List<OpeningInterval>> weekly) {
        Map<LocalDate, Integer> seen = new HashMap<>();
        for (int i = 0; i < days.size(); i++) {
            MakeUpDay day = days.get(i);
            Violations at = v.at("", i);
            if (!at.require("", day) || !at.require("date", day.date())) {
                continue;
            }
            checkYear(at.at("date"), day.date());
            Integer earlier = seen.putIfAbsent(day.date(), i);
            if (earlier != null) {
                at.add("date", "duplicates makeUpDays[%d]".formatted(earlier));
            }
            holidays.stream().filter(h -> h != null && h.date() != null && h.covers(day.date())).findFirst()
                    .ifPresent(h -> at.add("date", "is also a holiday (" + h.date() + ")"));
            checkHours(at, day, weekly);
        }
    }

    private static void checkHours(Violations at, MakeUpDay day, Map<DayOfWeek, List<OpeningInterval>> weekly) {
        if (day.worksAs() == null && day.hours().isEmpty()) {
            at.add("give worksAs (a weekday whose hours apply) or hours");
        } else if (day.worksAs() != null && !day.hours().isEmpty()) {
            at.add("give either worksAs or hours, not both");
        } else if (day.worksAs() != null) {
            List<OpeningInterval> hours = weekly.get(day.worksAs());
            if (hours == null || hours.isEmpty()) {
                at.add("worksAs", day.worksAs() + " has no opening hours");
            }
        } else {
            checkDay(at.at("hours"), day.hours());
        }
    }

    private static void checkYear(Violations at, LocalDate date) {
        if (date.getYear() < FIRST_YEAR || date.getYear() > LAST_YEAR) {
            at.add("must lie in the years %d to %d".formatted(FIRST_YEAR, LAST_YEAR));
        }
    }
}
