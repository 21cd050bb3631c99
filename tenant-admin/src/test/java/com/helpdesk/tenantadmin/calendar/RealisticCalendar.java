package com.helpdesk.tenantadmin.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

/**
 * The calendar the performance target is stated for: Mon–Fri 08:30–12:00 and 13:00–18:00 in
 * Asia/Shanghai, weekends closed, the 2026 public holidays (33 days) and six make-up days.
 */
public final class RealisticCalendar {

    public static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    private RealisticCalendar() {
    }

    public static BusinessCalendar office() {
        return BusinessCalendar.weekly(SHANGHAI,
                        List.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY, DayOfWeek.FRIDAY),
                        List.of(OpeningInterval.of("08:30", "12:00"), OpeningInterval.of("13:00", "18:00")))
                .withDays(holidays2026(), makeUpDays2026());
    }

    public static List<Holiday> holidays2026() {
        return List.of(
                range("元旦", "2026-01-01", "2026-01-03"),
                range("春节", "2026-02-15", "2026-02-23"),
                range("清明节", "2026-04-04", "2026-04-06"),
                range("劳动节", "2026-05-01", "2026-05-05"),
                range("端午节", "2026-06-19", "2026-06-21"),
                range("中秋节", "2026-09-25", "2026-09-27"),
                range("国庆节", "2026-10-01", "2026-10-07"));
    }

    public static List<MakeUpDay> makeUpDays2026() {
        return List.of("2026-01-04", "2026-02-14", "2026-02-28", "2026-05-09", "2026-09-20", "2026-10-10").stream()
                .map(date -> MakeUpDay.worksAs("调休", LocalDate.parse(date), DayOfWeek.MONDAY))
                .toList();
    }

    private static Holiday range(String name, String from, String through) {
        return new Holiday(name, LocalDate.parse(from), LocalDate.parse(through), List.of());
    }
}
